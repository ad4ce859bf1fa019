namespace CityOs.Sensors.Ingestion;

/// <summary>Either a typed reading ready for the bus, or the <see cref="Rejection"/> that explains why not.</summary>
public sealed record ValidationOutcome
{
    /// <summary>One of the CityOs.Contracts.Sensors events when accepted.</summary>
    public object? Reading { get; private init; }

    public long Sequence { get; private init; }

    public DateTimeOffset ObservedAt { get; private init; }

    public Rejection? Rejection { get; private init; }

    public bool IsAccepted => Rejection is null;

    public static ValidationOutcome Accepted(object reading, long sequence, DateTimeOffset observedAt) =>
        new() { Reading = reading, Sequence = sequence, ObservedAt = observedAt };

    public static ValidationOutcome Rejected(string reason, string detail) => new() { Rejection = new Rejection(reason, detail) };
}
