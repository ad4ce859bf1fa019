using CityOs.Disaster;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("disaster", 5082);
builder.AddServiceDefaults();
builder.AddDisasterServices();
builder.AddCityAuthentication();
builder.AddCityBus(bus => bus.AddDisasterConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapDisasterApi();
app.Run();
