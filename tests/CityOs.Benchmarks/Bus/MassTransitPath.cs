using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace CityOs.Benchmarks.Bus;

/// <summary>
/// CityOS's own messaging path: a host wired exactly as a service is (AddServiceDefaults, with its tracing and
/// metrics, then AddCityBus on RabbitMQ), publishing with Publish and consuming through the endpoint policy.
/// </summary>
internal sealed class MassTransitPath : IAsyncDisposable
{
    public const string QueuePrefix = "cityos-bench-bus";

    // ServiceEndpointNameFormatter: prefix + owning service ("benchmarks") + kebab-case consumer name.
    public const string Queue = QueuePrefix + "-benchmarks-bus-ping";
    private static readonly string MessageExchange = $"{typeof(BusPing).Namespace}:{nameof(BusPing)}";

    private readonly IHost _host;
    private readonly string _rabbitMq;
    private readonly string _directory = Directory.CreateTempSubdirectory("cityos-bench-bus-").FullName;

    private MassTransitPath(string rabbitMq)
    {
        _rabbitMq = rabbitMq;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _directory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq"] = rabbitMq,
            ["Bus:QueuePrefix"] = QueuePrefix,
            ["Store:SqlitePath"] = Path.Combine(_directory, "store.db"),
        });
        // CITYOS_BENCH_Bus__ConcurrentMessageLimit=4 and the like try a setting without editing the defaults.
        builder.Configuration.AddEnvironmentVariables("CITYOS_BENCH_");
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddConsole();
        builder.AddServiceDefaults();
        builder.Services.AddSingleton<BusPingSink>();
        builder.AddCityBus(bus => bus.AddConsumer<BusPingConsumer>());
        _host = builder.Build();
    }

    public static async Task<MassTransitPath> StartAsync(string rabbitMq, CancellationToken cancellationToken)
    {
        await DeleteTopologyAsync(rabbitMq, cancellationToken);
        var path = new MassTransitPath(rabbitMq);
        await path._host.StartAsync(cancellationToken);
        var health = await path._host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return health == BusHealthStatus.Healthy ? path : throw new TimeoutException($"The bus did not become healthy on {rabbitMq}.");
    }

    public async Task<BusRunResult> RunAsync(int messages, int inFlight, int? brokerPid, CancellationToken cancellationToken)
    {
        var tally = new DeliveryTally(messages);
        _host.Services.GetRequiredService<BusPingSink>().Current = tally;
        var bus = _host.Services.GetRequiredService<IBus>();
        var meter = new RunMeter(brokerPid);
        tally.Touch();
        await RawRabbitPath.PublishAllAsync(messages, inFlight,
            seq => bus.Publish(new BusPing { Seq = seq, SentAt = DateTimeOffset.UtcNow }, cancellationToken), cancellationToken);
        await tally.WaitAllAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return meter.Stop(tally);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await DeleteTopologyAsync(_rabbitMq, CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Leaves nothing bound on the shared broker: a queue left bound to the ping exchange would fill up forever.</summary>
    private static async Task DeleteTopologyAsync(string rabbitMq, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(rabbitMq), ClientProvidedName = "cityos-bench-cleanup" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeleteAsync(Queue, cancellationToken: cancellationToken);
        await channel.ExchangeDeleteAsync(Queue, cancellationToken: cancellationToken);
        await channel.ExchangeDeleteAsync(MessageExchange, cancellationToken: cancellationToken);
    }
}
