namespace CityOs.Contracts.Consent;

/// <summary>The Gateway asks Consent to redeem a one-time enrolment code the city handed out. Answered with <see cref="EnrolmentCodeRedeemed"/>.</summary>
public sealed record RedeemEnrolmentCode
{
    public required string LoginId { get; init; }

    public required string Code { get; init; }
}
