using CityOs.Gateway.Identity;
using CityOs.Gateway.PartnerApi;
using MassTransit;

namespace CityOs.Gateway;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddCityIdentity();
        builder.Services.AddSingleton<SignedInUsers>();
        builder.AddPartnerApi();
        builder.Services.AddScoped<ResidentCredentials>();
        return builder;
    }

    public static void AddGatewayConsumers(this IBusRegistrationConfigurator bus)
    {
    }

    public static IEndpointRouteBuilder MapGatewayApi(this IEndpointRouteBuilder app) => app.MapCityIdentity().MapPartnerApi();
}
