namespace CityOs.Childcare.FamilySupport;

/// <summary>A helper member (提供会員). Only staff register providers, after training and vetting.</summary>
public sealed record Provider(
    string Id, string Pseudonym, bool Trained, bool Vetted, IReadOnlyList<string> Qualifications, double Lat, double Lon,
    IReadOnlyList<AvailabilitySlot> Availability);

/// <summary>A weekly window in local time, e.g. Monday 16:00–20:00.</summary>
public sealed record AvailabilitySlot(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>A member asking for help (依頼会員); one per pseudonym, its id derived from it.</summary>
public sealed record Member(string Id, string Pseudonym);

public sealed record MemberRequest(string Pseudonym);

/// <param name="Start">Local start, e.g. pick-up at the nursery at 18:00.</param>
/// <param name="ToLat">A drop-off point near home, rounded by the app: the exact address is not needed.</param>
public sealed record SupportRequestInput(string MemberId, DateTimeOffset Start, int DurationMinutes, string FromFacilityId, double ToLat, double ToLon, int ChildAgeMonths);

/// <summary>A request as the companion app sends it: the member is the signed-in resident (or the one a proxy acts for).</summary>
public sealed record ResidentSupportRequestInput(DateTimeOffset Start, int DurationMinutes, string FromFacilityId, double ToLat, double ToLon, int ChildAgeMonths)
{
    public SupportRequestInput For(string memberId) => new(memberId, Start, DurationMinutes, FromFacilityId, ToLat, ToLon, ChildAgeMonths);
}

/// <summary>
/// The requests of one member, oldest first, in the member's own partition: "my requests" reads it and then each
/// request by id. Written before the request, so an id whose request is missing (a crash between) is skipped.
/// </summary>
public sealed record MemberRequests
{
    public IReadOnlyList<string> RequestIds { get; init; } = [];
}

public sealed record SupportRequest
{
    public required string Id { get; init; }

    public required SupportRequestInput Input { get; init; }

    /// <summary><c>open</c>, <c>proposed</c>, <c>accepted</c>, <c>completed</c> or <c>unmatched</c>.</summary>
    public required string Status { get; init; }

    public string? ProviderId { get; init; }

    public double? DistanceKm { get; init; }

    public bool MemberAccepted { get; init; }

    public bool ProviderAccepted { get; init; }

    /// <summary>Set when centre staff chose the provider themselves.</summary>
    public string? OverriddenBy { get; init; }

    public Completion? Completion { get; init; }

    /// <summary>Set when a proxy made the request through the companion app: the recorded relationship, never a name.</summary>
    public string? ActingAs { get; init; }

    /// <summary>The request after <paramref name="party"/> (<c>member</c> or <c>provider</c>) accepts; null when there is nothing to accept.</summary>
    public SupportRequest? AcceptedBy(string? party)
    {
        var accepted = Status != "proposed" ? null : party switch
        {
            "member" => this with { MemberAccepted = true },
            "provider" => this with { ProviderAccepted = true },
            _ => null,
        };
        return accepted is { MemberAccepted: true, ProviderAccepted: true } ? accepted with { Status = "accepted" } : accepted;
    }
}

/// <summary>The record of a finished activity; the member pays the provider directly.</summary>
public sealed record Completion(int Minutes, int YenPerHour, int FeeYen, DateTimeOffset RecordedAt);

public sealed record AcceptInput(string Party);

public sealed record CompleteInput(int Minutes);

public sealed record OverrideInput(string ProviderId, string StaffId);
