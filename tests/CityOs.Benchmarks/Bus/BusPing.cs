namespace CityOs.Benchmarks.Bus;

/// <summary>The small message both paths carry: a sequence number and a timestamp, about 60 bytes of JSON.</summary>
public sealed record BusPing
{
    public required int Seq { get; init; }

    public required DateTimeOffset SentAt { get; init; }
}
