using CityOs.Gateway;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("gateway", 5086);
builder.AddServiceDefaults();
builder.AddGatewayServices();
builder.AddCityBus(bus => bus.AddGatewayConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapGatewayApi();
app.Run();
