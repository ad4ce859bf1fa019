using CityOs.Childcare;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("childcare", 5084);
builder.AddServiceDefaults();
builder.AddChildcareServices();
builder.AddCityAuthentication();
builder.AddCityBus(bus => bus.AddChildcareConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapChildcareApi();
app.Run();
