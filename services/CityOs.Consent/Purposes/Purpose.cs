namespace CityOs.Consent.Purposes;

/// <summary>What a resident is asked to agree to: shown in full before consent is given.</summary>
public sealed record Purpose
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required string Ja { get; init; }

    public required string En { get; init; }

    /// <summary>The domain that holds the data.</summary>
    public required string Source { get; init; }

    /// <summary>Who may receive it: domains (<c>mobility</c>) or partners (<c>partner:yuda-kotsu</c>).</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required int RetentionDays { get; init; }

    public required LocalizedText LegalBasis { get; init; }

    /// <summary>Whether a declared disaster may open it without consent (Disaster Countermeasures Basic Act art. 49-11(3)).</summary>
    public required bool BreakGlass { get; init; }

    public bool Involves(string domain) => Source == domain || Recipients.Contains(domain);
}

public sealed record LocalizedText(string Ja, string En);

public sealed record DataCategory(string Id, string Domain, string Ja, string En);
