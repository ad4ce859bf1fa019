namespace CityOs.Contracts.Consent;

/// <summary>
/// Consent's answer to <see cref="ResolveResident"/>. A refusal carries nothing else, so it never tells whether the
/// resident exists. <see cref="ActingAs"/> is null when callers act for themselves, else the recorded relationship
/// (<c>Family</c>, <c>CareManager</c>, <c>Counter</c>), so the domain can record who acted.
/// </summary>
public sealed record ResidentResolved
{
    public required bool Allowed { get; init; }

    public string? Pseudonym { get; init; }

    public string? ActingAs { get; init; }
}
