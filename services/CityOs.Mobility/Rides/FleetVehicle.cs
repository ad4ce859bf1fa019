namespace CityOs.Mobility.Rides;

/// <summary>A demand taxi from data/mobility/vehicles.json. A wheelchair user rides in a wheelchair place, not a seat.</summary>
public sealed record FleetVehicle
{
    public required string VehicleId { get; init; }

    public required string Operator { get; init; }

    public required int Seats { get; init; }

    public int WheelchairPlaces { get; init; }

    public required TimeOnly ShiftStart { get; init; }

    public required TimeOnly ShiftEnd { get; init; }

    /// <summary>District code; the taxi starts and ends its shift at that district's centre.</summary>
    public required string Depot { get; init; }
}
