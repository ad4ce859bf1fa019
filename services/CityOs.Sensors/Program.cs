using CityOs.Sensors;
using CityOs.Sensors.Admin;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("sensors", 5085);
builder.AddServiceDefaults();
builder.AddSensorsServices();
builder.AddCityAuthentication();
builder.AddCityBus();

var app = builder.Build();
if (args is [MosquittoAuthCommand.Name, ..])
{
    return await MosquittoAuthCommand.RunAsync(app.Services, app.Configuration);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapSensorsApi();
app.Run();
return 0;
