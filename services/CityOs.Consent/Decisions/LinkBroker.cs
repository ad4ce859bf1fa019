using CityOs.Consent.Ledger;
using CityOs.Consent.Purposes;
using CityOs.Consent.Records;
using CityOs.Consent.Vault;
using CityOs.Contracts.Consent;

namespace CityOs.Consent.Decisions;

/// <summary>
/// Answers a link request: resolves the requester's pseudonym, decides under the resident's lock,
/// and on allow records the disclosure on the ledger before translating. If recording fails, nothing is disclosed.
/// </summary>
public sealed class LinkBroker(
    IdentityVault vault,
    ConsentStore records,
    BreakGlassRegistry breakGlass,
    PurposeCatalogue catalogue,
    SubjectLocks locks,
    DisclosureLedger ledger,
    TimeProvider time)
{
    public async Task<LinkDecided> DecideAsync(RequestLink request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RequesterDomain) || string.IsNullOrWhiteSpace(request.RequesterPseudonym)
            || string.IsNullOrWhiteSpace(request.TargetDomain) || string.IsNullOrWhiteSpace(request.PurposeId) || request.Categories is null)
        {
            return Deny(request, DenyReason.Malformed);
        }

        var subjectId = await vault.ResolveAsync(request.RequesterDomain, request.RequesterPseudonym, cancellationToken);
        if (subjectId is null)
        {
            return Deny(request, catalogue.Find(request.PurposeId) is null ? DenyReason.UnknownPurpose : DenyReason.UnknownSubject);
        }

        using (await locks.AcquireAsync(subjectId, cancellationToken))
        {
            var identity = await vault.GetAsync(subjectId, cancellationToken);
            var consents = (await records.ForSubjectAsync(subjectId, cancellationToken)).Select(d => d.Value).ToList();
            var windows = await breakGlass.AllAsync(cancellationToken);
            var verdict = LinkDecider.Decide(
                new LinkQuestion(request.RequesterDomain, request.TargetDomain, request.PurposeId, request.Categories, identity?.District ?? ""),
                catalogue, consents, windows, time.GetUtcNow());
            if (!verdict.Allowed)
            {
                return Deny(request, verdict.DenyReason!);
            }

            var breakGlassUsed = verdict.Basis == "break-glass";
            var entry = await ledger.AppendAsync(new LedgerDraft(
                breakGlassUsed ? "break-glass" : "disclosure",
                await vault.PseudonymAsync(subjectId, ConsentRelay.LedgerDomain, cancellationToken),
                request.PurposeId,
                verdict.Source,
                verdict.Recipient,
                verdict.Categories,
                breakGlassUsed ? $"break-glass:{verdict.DeclarationId:N}" : $"consent:{verdict.ConsentId}",
                Flagged: breakGlassUsed), cancellationToken);

            return new LinkDecided
            {
                RequestId = request.RequestId,
                Allowed = true,
                TargetPseudonym = await vault.PseudonymAsync(subjectId, request.TargetDomain, cancellationToken),
                AllowedCategories = verdict.Categories,
                Basis = verdict.Basis,
                LedgerSequence = entry.Sequence,
            };
        }
    }

    /// <summary>For a domain's cache miss: the effective consent for this pseudonym and purpose, without disclosing anything.</summary>
    public async Task<ConsentStatus> StatusAsync(CheckConsent check, long asOfSequence, CancellationToken cancellationToken)
    {
        var subjectId = await vault.ResolveAsync(check.Domain, check.Pseudonym, cancellationToken);
        if (subjectId is null || catalogue.Find(check.PurposeId) is null)
        {
            return new ConsentStatus { Active = false, AsOfSequence = asOfSequence };
        }

        var now = time.GetUtcNow();
        var effective = (await records.ForSubjectAsync(subjectId, cancellationToken))
            .Select(d => d.Value).Where(c => c.PurposeId == check.PurposeId && c.IsEffective(now)).ToList();
        return effective.Count == 0
            ? new ConsentStatus { Active = false, AsOfSequence = asOfSequence }
            : new ConsentStatus
            {
                Active = true,
                Categories = [.. effective.SelectMany(c => c.Categories).Distinct()],
                Recipients = [.. effective.SelectMany(c => c.Recipients).Distinct()],
                ValidUntil = effective.Min(c => c.ValidUntil),
                AsOfSequence = asOfSequence,
            };
    }

    private static LinkDecided Deny(RequestLink request, string reason) =>
        new() { RequestId = request.RequestId, Allowed = false, DenyReason = reason };
}
