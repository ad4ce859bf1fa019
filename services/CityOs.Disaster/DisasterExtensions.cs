using CityOs.Disaster.Apis;
using CityOs.Disaster.Consumers;
using CityOs.Disaster.Rivers;
using MassTransit;

namespace CityOs.Disaster;

public static class DisasterExtensions
{
    public static IHostApplicationBuilder AddDisasterServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RiverStationStore>();
        return builder;
    }

    public static void AddDisasterConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RiverLevelObservedConsumer>();
    }

    public static IEndpointRouteBuilder MapDisasterApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/disaster/v1").MapRiverApi();
        return app;
    }
}
