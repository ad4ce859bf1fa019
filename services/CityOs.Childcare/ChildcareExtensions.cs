using MassTransit;

namespace CityOs.Childcare;

public static class ChildcareExtensions
{
    public static IHostApplicationBuilder AddChildcareServices(this IHostApplicationBuilder builder) => builder;

    public static void AddChildcareConsumers(this IBusRegistrationConfigurator bus)
    {
    }

    public static IEndpointRouteBuilder MapChildcareApi(this IEndpointRouteBuilder app) => app;
}
