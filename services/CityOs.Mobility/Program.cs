using CityOs.Mobility;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("mobility", 5083);
builder.AddServiceDefaults();
builder.AddMobilityServices();
builder.AddCityAuthentication();
builder.AddCityBus(bus => bus.AddMobilityConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapMobilityApi();
app.Run();
