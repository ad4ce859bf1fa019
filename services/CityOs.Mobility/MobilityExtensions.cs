using MassTransit;

namespace CityOs.Mobility;

public static class MobilityExtensions
{
    public static IHostApplicationBuilder AddMobilityServices(this IHostApplicationBuilder builder) => builder;

    public static void AddMobilityConsumers(this IBusRegistrationConfigurator bus)
    {
    }

    public static IEndpointRouteBuilder MapMobilityApi(this IEndpointRouteBuilder app) => app;
}
