using CityOs.Consent;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("consent", 5081);
builder.AddServiceDefaults();
builder.AddConsentServices();
builder.AddCityAuthentication();
builder.AddCityBus(bus => bus.AddConsentConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapConsentApi();
app.Run();
