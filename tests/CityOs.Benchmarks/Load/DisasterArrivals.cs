using System.Diagnostics;
using CityOs.Benchmarks.Mqtt;
using CityOs.Contracts.Sensors;
using MassTransit;

namespace CityOs.Benchmarks.Load;

/// <summary>
/// Records when Disaster finished consuming each reading (its station document written), and the latency from the
/// device's publish; the consumer has returned by PostConsume, so the state is updated.
/// </summary>
internal sealed class DisasterArrivals(GaugeFleet fleet) : IConsumeObserver
{
    public DeliveryTally Tally { get; private set; } = new(0);

    public double[] LatencyMs { get; private set; } = [];

    public void Reset(int expected)
    {
        LatencyMs = new double[expected];
        Tally = new DeliveryTally(expected);
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is RiverLevelObserved reading && fleet.IndexOf(reading.ReadingId) is >= 0 and var i && i < LatencyMs.Length && Tally.Record(i))
        {
            LatencyMs[i] = Stopwatch.GetElapsedTime(fleet.SentAt[i]).TotalMilliseconds;
        }

        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
