using MassTransit;

namespace CityOs.Consent;

public static class ConsentExtensions
{
    public static IHostApplicationBuilder AddConsentServices(this IHostApplicationBuilder builder) => builder;

    public static void AddConsentConsumers(this IBusRegistrationConfigurator bus)
    {
    }

    public static IEndpointRouteBuilder MapConsentApi(this IEndpointRouteBuilder app) => app;
}
