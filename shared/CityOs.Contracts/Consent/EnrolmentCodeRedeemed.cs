namespace CityOs.Contracts.Consent;

/// <summary>Consent's answer: on success, the resident's sign-in subject (a pseudonym for the Gateway only); otherwise no reason is given.</summary>
public sealed record EnrolmentCodeRedeemed
{
    public required bool Accepted { get; init; }

    public string? Subject { get; init; }
}
