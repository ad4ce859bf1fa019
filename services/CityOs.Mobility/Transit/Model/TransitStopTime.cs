namespace CityOs.Mobility.Transit.Model;

/// <summary>One call of a trip at a stop. Times are seconds from the start of the service day and may exceed 24 hours.</summary>
public sealed record TransitStopTime
{
    public required int Sequence { get; init; }

    public required string StopId { get; init; }

    public required int Arrival { get; init; }

    public required int Departure { get; init; }

    /// <summary>1 = no pickup here (e.g. the terminus): such a call is no departure for a waiting passenger.</summary>
    public int PickupType { get; init; }

    public int DropOffType { get; init; }

    /// <summary>The feed left the time empty (not a timepoint); it was interpolated between its neighbours.</summary>
    public bool Interpolated { get; init; }
}
