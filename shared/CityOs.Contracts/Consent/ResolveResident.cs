namespace CityOs.Contracts.Consent;

/// <summary>
/// A domain asks Consent whether a signed-in caller may reach a resident's data in that domain, and if so under which
/// of the domain's pseudonyms. The caller is described by what the domain read from the validated access token: its
/// subject and whether it acts as a resident or as counter staff. Answered with <see cref="ResidentResolved"/>.
/// </summary>
public sealed record ResolveResident
{
    public required string CallerSubject { get; init; }

    public required bool CallerIsResident { get; init; }

    public required bool CallerIsCounter { get; init; }

    /// <summary>Consent's resident id, as the companion app learned it from Consent's <c>/me</c>.</summary>
    public required string ResidentId { get; init; }

    public required string Domain { get; init; }
}
