namespace CityOs.Contracts.Childcare;

/// <summary>
/// Disaster asks which facility a resident's children attend, after Consent allowed its link request
/// (purpose <c>children-facility-to-disaster</c>) and translated the resident to <see cref="Pseudonym"/>.
/// Childcare checks the consent again itself and answers with <see cref="ChildFacilitiesReleased"/>.
/// </summary>
public sealed record RequestChildFacilities
{
    public required Guid RequestId { get; init; }

    /// <summary>The resident's childcare pseudonym, as Consent's <c>LinkDecided.TargetPseudonym</c> gave it: a parent's or a child's.</summary>
    public required string Pseudonym { get; init; }

    /// <summary>The ledger entry of Consent's allow; a request without one is refused.</summary>
    public required long LedgerSequence { get; init; }
}
