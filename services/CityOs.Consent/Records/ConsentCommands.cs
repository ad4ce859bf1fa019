namespace CityOs.Consent.Records;

public sealed record GrantConsent
{
    public required string PurposeId { get; init; }

    /// <summary>Defaults to every category of the purpose.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Defaults to every recipient of the purpose.</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    public required ConsentMethod Method { get; init; }

    public ProxyInfo? Proxy { get; init; }

    public string? StaffId { get; init; }

    /// <summary>Shorter than the purpose's retention if the resident wants; never longer.</summary>
    public int? ValidDays { get; init; }

    /// <summary>The catalogue version whose notice the resident saw.</summary>
    public required string NoticeVersion { get; init; }
}

public sealed record ChangeConsent
{
    public required int ExpectedVersion { get; init; }

    public required ConsentMethod Method { get; init; }

    public ProxyInfo? Proxy { get; init; }

    public string? StaffId { get; init; }

    public int? ValidDays { get; init; }
}
