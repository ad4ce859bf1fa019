using CityOs.Childcare;
using CityOs.Consent;
using CityOs.Disaster;
using CityOs.Gateway;
using CityOs.Host;
using CityOs.Mobility;
using CityOs.Sensors;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEmbeddedMqttBroker();
builder.AddConsentServices().AddDisasterServices().AddMobilityServices().AddChildcareServices()
    .AddSensorsServices().AddGatewayServices().AddWebServices();
builder.AddCityBus(
    bus => bus.AddConsentConsumers(), bus => bus.AddDisasterConsumers(), bus => bus.AddMobilityConsumers(),
    bus => bus.AddChildcareConsumers(), bus => bus.AddGatewayConsumers(), bus => bus.AddWebConsumers());
builder.AddDemoCity();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapConsentApi().MapDisasterApi().MapMobilityApi().MapChildcareApi().MapGatewayApi().MapWebApi();
app.AnnounceUrls();
app.Run();
