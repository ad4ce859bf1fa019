namespace CityOs.Contracts.Consent;

public sealed record DisasterDeclarationEnded
{
    public required Guid DeclarationId { get; init; }

    public required DateTimeOffset At { get; init; }
}
