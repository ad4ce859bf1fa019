using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;
using CityOs.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("web", 5087);
builder.AddServiceDefaults();
builder.AddWebServices();
builder.AddCityAuthentication();
builder.AddCityBus(bus => bus.AddWebConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapWebApi();
app.Run();
