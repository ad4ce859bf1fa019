using CityOs.Consent.Client;
using CityOs.Disaster.Apis;
using CityOs.Disaster.Consumers;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Rivers;
using MassTransit;

namespace CityOs.Disaster;

public static class DisasterExtensions
{
    public static IHostApplicationBuilder AddDisasterServices(this IHostApplicationBuilder builder)
    {
        builder.AddConsentClient("disaster");
        builder.Services.AddOptions<DisasterOptions>().BindConfiguration(DisasterOptions.Section);
        builder.Services.AddSingleton<RiverStationStore>();
        builder.Services.AddSingleton<DistrictStore>();
        builder.Services.AddHostedService<DistrictSeeder>();
        return builder;
    }

    public static void AddDisasterConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsentClientConsumers();
        bus.AddConsumer<RiverLevelObservedConsumer>();
    }

    public static IEndpointRouteBuilder MapDisasterApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/disaster/v1").MapRiverApi().MapDistrictApi();
        return app;
    }
}
