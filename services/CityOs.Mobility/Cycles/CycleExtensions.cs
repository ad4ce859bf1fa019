using CityOs.Mobility.Consumers;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityOs.Mobility.Cycles;

/// <summary>Share cycles: dock catalogue, live counters and the GBFS feeds.</summary>
public static class CycleExtensions
{
    public static IHostApplicationBuilder AddCycles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CycleOptions>().BindConfiguration(CycleOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CycleDockStore>();
        builder.Services.AddSingleton<GbfsFeeds>();
        builder.Services.AddHostedService<CycleDockSeeder>();
        return builder;
    }

    public static void AddCycleConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<CycleDockObservedConsumer>();
}
