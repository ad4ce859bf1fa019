using CityOs.Web;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("web", 5087);
builder.AddServiceDefaults();
builder.AddWebServices();
builder.AddCityBus(bus => bus.AddWebConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapWebApi();
app.Run();
