using CityOs.Disaster;
using CityOs.Sensors;
using CityOs.Sensors.Devices;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Mqtt;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>
/// One CityOS service as a host of its own (own bus connection, own store), wired by the same extension methods its
/// Program.cs calls; several share this process. Queues carry a prefix of their own and are deleted on dispose.
/// </summary>
internal sealed class ServiceNode : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _rabbitMq;
    private readonly string _prefix;
    private readonly IReadOnlyList<string> _queues;

    private ServiceNode(IHost host, string directory, string rabbitMq, string prefix, IReadOnlyList<string> queues) =>
        (Host, _directory, _rabbitMq, _prefix, _queues) = (host, directory, rabbitMq, prefix, queues);

    public IHost Host { get; }

    public static ServiceNode Sensors(string rabbitMq, string prefix, int mqttPort, string serviceUser, string servicePassword) =>
        Build(rabbitMq, prefix, new Dictionary<string, string?>
        {
            ["Mqtt:Mode"] = "External",
            ["Mqtt:Host"] = "127.0.0.1",
            ["Mqtt:Port"] = mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mqtt:ClientId"] = prefix + "-sensors",
            ["Mqtt:Username"] = serviceUser,
            ["Mqtt:Password"] = servicePassword,
        }, b => b.AddSensorsServices(), _ => { }, []);

    public static ServiceNode Disaster(string rabbitMq, string prefix)
    {
        var names = new ServiceEndpointNameFormatter(prefix);
        string[] queues =
        [
            names.Consumer<CityOs.Disaster.Consumers.RiverLevelObservedConsumer>(),
            names.Consumer<CityOs.Disaster.Consumers.ShelterOccupancyObservedConsumer>(),
            names.Consumer<CityOs.Disaster.Consumers.EvacuationRideScheduledConsumer>(),
            names.Consumer<CityOs.Disaster.Consumers.EvacuationRideDeclinedConsumer>(),
        ];
        return Build(rabbitMq, prefix, new Dictionary<string, string?>(), b => b.AddDisasterServices(), bus => bus.AddDisasterConsumers(), queues);
    }

    private static ServiceNode Build(string rabbitMq, string prefix, Dictionary<string, string?> settings, Action<IHostApplicationBuilder> services,
        Action<IBusRegistrationConfigurator> consumers, IReadOnlyList<string> queues)
    {
        var directory = Directory.CreateTempSubdirectory("cityos-bench-node-").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = directory });
        settings["Bus:Transport"] = "RabbitMq";
        settings["Bus:RabbitMq"] = rabbitMq;
        settings["Bus:QueuePrefix"] = prefix;
        settings["Store:SqlitePath"] = Path.Combine(directory, "store.db");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddEnvironmentVariables("CITYOS_BENCH_");
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddConsole();
        builder.AddServiceDefaults();
        services(builder);
        builder.AddCityBus(consumers);
        return new ServiceNode(builder.Build(), directory, rabbitMq, prefix, queues);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Host.StartAsync(cancellationToken);
        var health = await Host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (health != BusHealthStatus.Healthy)
        {
            throw new TimeoutException($"{_prefix}: the bus did not become healthy.");
        }

        if (Host.Services.GetService<MqttConnection>() is { } mqtt)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!mqtt.IsConnected)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"{_prefix}: Sensors never connected to mosquitto.");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>Registers river gauges straight in Sensors' registry, with broker passwords, as the city office's API does.</summary>
    public async Task<IReadOnlyList<Device>> RegisterGaugesAsync(IEnumerable<string> ids, string district, string password)
    {
        var registry = Host.Services.GetRequiredService<DeviceRegistry>();
        foreach (var id in ids)
        {
            await registry.RegisterAsync(id, DeviceType.RiverGauge, district, DevicePassword.Hash(password), CancellationToken.None);
        }

        return await registry.ListAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
            await DeleteQueuesAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task DeleteQueuesAsync()
    {
        if (_queues.Count == 0)
        {
            return;
        }

        var factory = new ConnectionFactory { Uri = new Uri(_rabbitMq), ClientProvidedName = "cityos-bench-cleanup" };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in _queues)
        {
            await channel.QueueDeleteAsync(queue);
            await channel.ExchangeDeleteAsync(queue);
        }
    }
}
