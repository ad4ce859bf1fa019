using CityOs.Gateway.PartnerApi;
using MassTransit;

namespace CityOs.Gateway;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder) => builder.AddPartnerApi();

    public static void AddGatewayConsumers(this IBusRegistrationConfigurator bus)
    {
    }

    public static IEndpointRouteBuilder MapGatewayApi(this IEndpointRouteBuilder app) => app.MapPartnerApi();
}
