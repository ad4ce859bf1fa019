namespace CityOs.Sensors.Ingestion;

/// <summary>
/// Recognises a reading seen recently from the same device (QoS1 redelivery, a device retrying) in bounded
/// memory: per device the highest sequence accepted plus a 64-bit mask of the sequences just below it.
/// Devices are only those in the registry, so the map cannot grow with junk ids.
/// </summary>
public sealed class DuplicateFilter
{
    public const int Window = 64;

    private readonly Dictionary<string, State> _devices = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool IsDuplicate(string deviceId, long sequence, DateTimeOffset observedAt)
    {
        lock (_lock)
        {
            if (!_devices.TryGetValue(deviceId, out var state) || sequence > state.Highest)
            {
                return false;
            }

            var behind = state.Highest - sequence;
            if (behind < Window)
            {
                return (state.Seen & (1UL << (int)behind)) != 0;
            }

            // Far below the window: a replay, unless the device restarted its counter, which shows as a newer timestamp.
            return observedAt <= state.NewestObservedAt;
        }
    }

    /// <summary>Call only after the reading was handed on, so a failed publish is not mistaken for a duplicate when it comes again.</summary>
    public void Record(string deviceId, long sequence, DateTimeOffset observedAt)
    {
        lock (_lock)
        {
            if (!_devices.TryGetValue(deviceId, out var state) || state.Highest - sequence >= Window)
            {
                _devices[deviceId] = new State(sequence, 1UL, observedAt);
                return;
            }

            var newest = observedAt > state.NewestObservedAt ? observedAt : state.NewestObservedAt;
            if (sequence > state.Highest)
            {
                var ahead = sequence - state.Highest;
                var shifted = ahead >= Window ? 0UL : state.Seen << (int)ahead;
                _devices[deviceId] = new State(sequence, shifted | 1UL, newest);
            }
            else
            {
                _devices[deviceId] = state with { Seen = state.Seen | (1UL << (int)(state.Highest - sequence)), NewestObservedAt = newest };
            }
        }
    }

    private readonly record struct State(long Highest, ulong Seen, DateTimeOffset NewestObservedAt);
}
