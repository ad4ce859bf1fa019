using CityOs.Consent.Client;
using MassTransit;

namespace CityOs.Mobility;

public static class MobilityExtensions
{
    public static IHostApplicationBuilder AddMobilityServices(this IHostApplicationBuilder builder) => builder.AddConsentClient("mobility");

    public static void AddMobilityConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsentClientConsumers();
    }

    public static IEndpointRouteBuilder MapMobilityApi(this IEndpointRouteBuilder app) => app;
}
