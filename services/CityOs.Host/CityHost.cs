using CityOs.Childcare;
using CityOs.Consent;
using CityOs.Disaster;
using CityOs.Gateway;
using CityOs.Host.Demo;
using CityOs.Mobility;
using CityOs.Sensors;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;
using CityOs.Web;

namespace CityOs.Host;

/// <summary>The whole city on one builder; the server and the headless demo build it the same way.</summary>
public static class CityHost
{
    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.AddServiceDefaults();
        builder.AddEmbeddedMqttBroker();
        builder.AddConsentServices().AddDisasterServices().AddMobilityServices().AddChildcareServices()
            .AddSensorsServices().AddGatewayServices().AddWebServices();
        // After the Gateway: in one process, tokens are validated against the local OpenIddict server.
        builder.AddCityAuthentication();
        builder.AddInProcessEnrolment();
        builder.AddInProcessOfficeFigures();
        builder.AddCityBus(
            bus => bus.AddConsentConsumers(), bus => bus.AddDisasterConsumers(), bus => bus.AddMobilityConsumers(),
            bus => bus.AddChildcareConsumers(), bus => bus.AddGatewayConsumers(), bus => bus.AddWebConsumers());
        builder.AddDemoCity();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapDefaultEndpoints();
        app.MapConsentApi().MapDisasterApi().MapMobilityApi().MapChildcareApi().MapSensorsApi().MapGatewayApi().MapWebApi().MapDemoApi();
        return app;
    }
}
