using CityOs.Mobility.Consumers;
using CityOs.Mobility.Dispatching;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityOs.Mobility.Rides;

/// <summary>Demand-responsive shared taxis: booking, dispatching, evacuation rides and KPIs.</summary>
public static class RideExtensions
{
    public static IHostApplicationBuilder AddRides(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RideOptions>().BindConfiguration(RideOptions.Section).ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // One search thread: the machine is shared with the other services and a booking must answer quickly.
        builder.Services.AddSingleton(new Dispatcher(new DispatcherOptions { Parallelism = 1 }));
        builder.Services.AddSingleton<ServiceArea>();
        builder.Services.AddSingleton<Fleet>();
        builder.Services.AddSingleton<VehiclePositions>();
        builder.Services.AddSingleton<RideStore>();
        builder.Services.AddSingleton<RidePlacer>();
        builder.Services.AddSingleton<RideBook>();
        builder.Services.AddSingleton<EvacuationBook>();
        builder.Services.AddSingleton<RideValidator>();
        builder.Services.AddSingleton<RideDrafts>();
        builder.Services.AddSingleton<PlanImprover>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PlanImprover>());
        return builder;
    }

    public static void AddRideConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RequestEvacuationRideConsumer>();
        bus.AddConsumer<CancelEvacuationRideConsumer>();
        bus.AddConsumer<RideVehiclePositionConsumer>();
    }
}
