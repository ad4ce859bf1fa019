namespace CityOs.Contracts.Consent;

/// <summary>A domain's cache missed: what may be linked for this pseudonym and purpose? Answered with <see cref="ConsentStatus"/>.</summary>
public sealed record CheckConsent
{
    public required string Domain { get; init; }

    public required string Pseudonym { get; init; }

    public required string PurposeId { get; init; }
}
