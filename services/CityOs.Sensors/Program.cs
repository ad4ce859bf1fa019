using CityOs.Sensors;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("sensors", 5085);
builder.AddServiceDefaults();
builder.AddSensorsServices();
builder.AddCityBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
