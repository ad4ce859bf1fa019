using CityOs.Consent.Client;
using CityOs.Mobility.Apis;
using CityOs.Mobility.Cycles;
using CityOs.Mobility.Office;
using CityOs.Mobility.Rides;
using CityOs.Mobility.Transit;
using MassTransit;

namespace CityOs.Mobility;

public static class MobilityExtensions
{
    public static IHostApplicationBuilder AddMobilityServices(this IHostApplicationBuilder builder)
    {
        builder.AddConsentClient("mobility");
        builder.AddTransit();
        builder.AddCycles();
        builder.AddRides();
        builder.Services.AddSingleton<MobilityOfficeFigures>();
        return builder;
    }

    public static void AddMobilityConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsentClientConsumers();
        bus.AddTransitConsumers();
        bus.AddCycleConsumers();
        bus.AddRideConsumers();
    }

    public static IEndpointRouteBuilder MapMobilityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/mobility/v1");
        api.MapTransitApi();
        api.MapCycleApi();
        api.MapRideApi();
        api.MapResidentRideApi();
        api.MapOfficeApi();
        return app;
    }
}
