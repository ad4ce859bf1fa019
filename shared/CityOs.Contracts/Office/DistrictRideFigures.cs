namespace CityOs.Contracts.Office;

public sealed record DistrictRideFigures
{
    public required string District { get; init; }

    /// <summary>Every booking request, cancelled ones included.</summary>
    public required int Requests { get; init; }

    /// <summary>Requests the rider did not cancel.</summary>
    public required int Asked { get; init; }

    /// <summary>Rides scheduled on a vehicle.</summary>
    public required int Served { get; init; }

    /// <summary>Served rides that had another party aboard at some point.</summary>
    public required int Shared { get; init; }

    public required int Evacuation { get; init; }

    public double? MeanWaitMinutes { get; init; }

    public double? VehicleKmPerPassenger { get; init; }
}
