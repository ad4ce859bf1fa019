using System.Collections.Concurrent;
using CityOs.Sensors.Ingestion;

namespace CityOs.Sensors.Tests;

internal sealed class RecordingDeadLetterSink : IDeadLetterSink
{
    public ConcurrentQueue<(string DeviceId, DeadLetter Letter)> Sent { get; } = new();

    public Task SendAsync(string deviceId, DeadLetter letter, CancellationToken cancellationToken)
    {
        Sent.Enqueue((deviceId, letter));
        return Task.CompletedTask;
    }
}
