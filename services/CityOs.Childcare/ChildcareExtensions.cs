using CityOs.Consent.Client;
using MassTransit;

namespace CityOs.Childcare;

public static class ChildcareExtensions
{
    public static IHostApplicationBuilder AddChildcareServices(this IHostApplicationBuilder builder) => builder.AddConsentClient("childcare");

    public static void AddChildcareConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsentClientConsumers();
    }

    public static IEndpointRouteBuilder MapChildcareApi(this IEndpointRouteBuilder app) => app;
}
