namespace CityOs.Consent.Decisions;

/// <summary>A link request after the requester's pseudonym was resolved: the input of the pure decision.</summary>
public sealed record LinkQuestion(
    string RequesterDomain,
    string TargetDomain,
    string PurposeId,
    IReadOnlyList<string> Categories,
    string SubjectDistrict);

public sealed record LinkVerdict
{
    public required bool Allowed { get; init; }

    public string? DenyReason { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary><c>consent</c> or <c>break-glass</c>.</summary>
    public string? Basis { get; init; }

    public string? ConsentId { get; init; }

    public Guid? DeclarationId { get; init; }

    /// <summary>The party that receives the data.</summary>
    public string? Recipient { get; init; }

    /// <summary>The party that holds the data.</summary>
    public string? Source { get; init; }

    public static LinkVerdict Deny(string reason) => new() { Allowed = false, DenyReason = reason };
}
