using CityOs.Consent.Purposes;
using CityOs.Consent.Records;

namespace CityOs.Consent.Decisions;

/// <summary>
/// The decision, as a pure function so it can be tested exhaustively: allow only on a valid matching
/// consent or an in-scope break-glass window; everything else is a deny with a reason.
/// </summary>
public static class LinkDecider
{
    public const string DisasterDomain = "disaster";

    public static LinkVerdict Decide(
        LinkQuestion question,
        PurposeCatalogue catalogue,
        IReadOnlyList<ConsentRecord> consents,
        IReadOnlyList<BreakGlassWindow> windows,
        DateTimeOffset now)
    {
        if (catalogue.Find(question.PurposeId) is not { } purpose)
        {
            return LinkVerdict.Deny(DenyReason.UnknownPurpose);
        }

        if (question.Categories.Count == 0 || question.Categories.Any(c => !catalogue.IsKnownCategory(c)))
        {
            return LinkVerdict.Deny(DenyReason.UnknownCategory);
        }

        // A purpose binds a source and its recipients; the link may be asked from either side.
        var (source, recipient) = (question.RequesterDomain, question.TargetDomain) switch
        {
            var (r, t) when t == purpose.Source && purpose.Recipients.Contains(r) => (t, r),
            var (r, t) when r == purpose.Source && purpose.Recipients.Contains(t) => (r, t),
            _ => (null, null),
        };
        if (source is null || recipient is null)
        {
            return LinkVerdict.Deny(purpose.Involves(question.RequesterDomain) || purpose.Involves(question.TargetDomain)
                ? DenyReason.UnknownRecipient
                : DenyReason.NotInPurpose);
        }

        if (question.Categories.Any(c => !purpose.Categories.Contains(c)))
        {
            return LinkVerdict.Deny(DenyReason.NotInPurpose);
        }

        var requested = question.Categories.Distinct().ToList();
        var forPurpose = consents.Where(c => c.PurposeId == purpose.Id).ToList();
        var effective = forPurpose.Where(c => c.IsEffective(now) && c.Recipients.Contains(recipient)).ToList();
        var consented = requested.Where(c => effective.Any(e => e.Categories.Contains(c))).ToList();

        if (consented.Count == requested.Count)
        {
            return Allow(consented, "consent", source, recipient, effective.First(e => e.Categories.Contains(consented[0])).Id, null);
        }

        var window = purpose.BreakGlass && (source == DisasterDomain || recipient == DisasterDomain)
            ? windows.FirstOrDefault(w => w.IsOpen(now) && w.Districts.Contains(question.SubjectDistrict) && requested.Any(w.Categories.Contains))
            : null;
        if (window is not null)
        {
            var covered = requested.Where(c => consented.Contains(c) || window.Categories.Contains(c)).ToList();
            return Allow(covered, "break-glass", source, recipient, null, window.DeclarationId);
        }

        if (consented.Count > 0)
        {
            return Allow(consented, "consent", source, recipient, effective.First(e => e.Categories.Contains(consented[0])).Id, null);
        }

        return LinkVerdict.Deny(WhyNot(forPurpose, recipient, requested, now));
    }

    private static LinkVerdict Allow(IReadOnlyList<string> categories, string basis, string source, string recipient, string? consentId, Guid? declarationId) =>
        new()
        {
            Allowed = true,
            Categories = categories,
            Basis = basis,
            Source = source,
            Recipient = recipient,
            ConsentId = consentId,
            DeclarationId = declarationId,
        };

    private static string WhyNot(IReadOnlyList<ConsentRecord> forPurpose, string recipient, IReadOnlyList<string> requested, DateTimeOffset now)
    {
        if (forPurpose.Count == 0)
        {
            return DenyReason.NoConsent;
        }

        var effective = forPurpose.Where(c => c.IsEffective(now)).ToList();
        if (effective.Count > 0)
        {
            return effective.Any(c => c.Recipients.Contains(recipient)) ? DenyReason.CategoriesNotConsented : DenyReason.RecipientNotConsented;
        }

        return forPurpose.Any(c => c.State == ConsentState.Withdrawn) ? DenyReason.ConsentWithdrawn : DenyReason.ConsentExpired;
    }
}
