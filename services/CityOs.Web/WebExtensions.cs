using MassTransit;

namespace CityOs.Web;

public static class WebExtensions
{
    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder) => builder;

    public static void AddWebConsumers(this IBusRegistrationConfigurator bus)
    {
    }

    public static IEndpointRouteBuilder MapWebApi(this IEndpointRouteBuilder app) => app;
}
