using CityOs.Sensors.Devices;
using CityOs.Sensors.Ingestion;
using CityOs.Storage;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityOs.Sensors.Tests;

/// <summary>The ingestion handler wired to a real registry (SQLite), MassTransit's test harness and a recording dead-letter sink.</summary>
internal sealed class IngestionHarness : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cityos-sensors-").FullName;
    private readonly ServiceProvider _provider;

    private IngestionHarness(ServiceProvider provider, ITestHarness bus, DeviceRegistry registry)
    {
        _provider = provider;
        Bus = bus;
        Registry = registry;
        Handler = new SensorReadingHandler(registry, new DuplicateFilter(), bus.Bus, DeadLetters, new FixedTime(TestDevices.Now), NullLogger<SensorReadingHandler>.Instance);
    }

    public ITestHarness Bus { get; }

    public DeviceRegistry Registry { get; }

    public RecordingDeadLetterSink DeadLetters { get; } = new();

    public SensorReadingHandler Handler { get; }

    public static async Task<IngestionHarness> StartAsync()
    {
        var provider = new ServiceCollection().AddMassTransitTestHarness().BuildServiceProvider(true);
        var bus = provider.GetRequiredService<ITestHarness>();
        await bus.Start();
        var directory = Directory.CreateTempSubdirectory("cityos-sensors-").FullName;
        var registry = new DeviceRegistry(new SqliteDocumentStore(Path.Combine(directory, "store.db")), new FixedTime(TestDevices.Now));
        foreach (var device in TestDevices.All)
        {
            await registry.RegisterAsync(device.Id, device.Type, device.District, passwordHash: null, CancellationToken.None);
        }

        return new IngestionHarness(provider, bus, registry);
    }

    public Task HandleAsync(string topic, byte[] payload) => Handler.HandleAsync(topic, payload, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Registry.Dispose();
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
