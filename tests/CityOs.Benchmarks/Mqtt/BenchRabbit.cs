using System.Globalization;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>
/// A RabbitMQ node of the benchmark's own (deploy/local/rabbitmq.sh): hundreds of thousands of readings published
/// on the shared node would also flow into every queue other test runs left bound to the reading exchanges.
/// </summary>
internal sealed class BenchRabbit : IAsyncDisposable
{
    public const string Name = "bench";

    private BenchRabbit(int port) => Port = port;

    public int Port { get; }

    public string Uri => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public static async Task<BenchRabbit> StartAsync(int port)
    {
        await LocalScript.RunAsync("rabbitmq.sh", "start", "--port", port.ToString(CultureInfo.InvariantCulture), "--name", Name, "--fresh");
        return new BenchRabbit(port);
    }

    public async ValueTask DisposeAsync() =>
        await LocalScript.RunAsync("rabbitmq.sh", "stop", "--port", Port.ToString(CultureInfo.InvariantCulture), "--name", Name);
}
