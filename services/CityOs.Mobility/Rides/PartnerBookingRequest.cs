namespace CityOs.Mobility.Rides;

/// <summary>A partner (e.g. a clinic) books the pickup for an appointment and, optionally, the ride home: two linked rides.</summary>
public sealed record PartnerBookingRequest
{
    public string? PartnerId { get; init; }

    public BookRideRequest? Outbound { get; init; }

    public BookRideRequest? Return { get; init; }
}
