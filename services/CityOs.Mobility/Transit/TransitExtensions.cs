using CityOs.Mobility.Consumers;
using CityOs.Mobility.Transit.Departures;
using CityOs.Mobility.Transit.Gtfs;
using CityOs.Mobility.Transit.Realtime;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityOs.Mobility.Transit;

/// <summary>Buses: GTFS(-JP) timetable, vehicle positions, GTFS-Realtime and departure boards.</summary>
public static class TransitExtensions
{
    public static IHostApplicationBuilder AddTransit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TransitOptions>().BindConfiguration(TransitOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TransitFeedStore>();
        builder.Services.AddSingleton<TimetableCache>();
        builder.Services.AddSingleton<GtfsImporter>();
        builder.Services.AddSingleton<VehicleStateStore>();
        builder.Services.AddSingleton<VehiclePositionRecorder>();
        builder.Services.AddSingleton<GtfsRealtimeFeeds>();
        builder.Services.AddSingleton<DepartureBoardService>();
        builder.Services.AddHostedService<GtfsSeeder>();
        return builder;
    }

    public static void AddTransitConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<VehiclePositionObservedConsumer>();
}
