using System.Globalization;
using CityOs.Childcare.Applications;
using CityOs.Consent.Client;

namespace CityOs.Childcare.DisasterCare;

/// <summary>
/// The only way Disaster learns which facility a child attends: the consent for <see cref="Purpose"/> is checked with
/// Consent before anything is looked up, and only the consented categories leave through <see cref="ReleaseFilter"/>.
/// The purpose allows no break-glass: a declared disaster opens Disaster's registry, not the children's facilities.
/// </summary>
public sealed class FacilityRelease(IConsentClient consent, EnrolmentLookup enrolments, ILogger<FacilityRelease> logger)
{
    public const string Purpose = "children-facility-to-disaster";
    public const string Recipient = "disaster";
    public const string FacilityCategory = "childcare.facility";
    public const string AgeClassCategory = "childcare.age-class";

    /// <param name="pseudonym">A parent's or a child's childcare pseudonym; the consent is checked for that person.</param>
    public async Task<ReleaseResult> ReleaseAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var check = await consent.CheckAsync("childcare", pseudonym, Purpose, Recipient, [FacilityCategory, AgeClassCategory], cancellationToken);
        if (!check.Allowed)
        {
            logger.LogInformation("Facility release to disaster denied: {Reason}", check.DenyReason);
            return new ReleaseResult(false, check.DenyReason, new Dictionary<string, string>(), []);
        }

        var children = (await enrolments.ForAsync(pseudonym, cancellationToken)).Select(e => ReleaseFilter.Release(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FacilityCategory] = e.FacilityId,
            [AgeClassCategory] = e.AgeClass.ToString(CultureInfo.InvariantCulture),
        }, check)).ToList();
        logger.LogInformation("Facility release to disaster allowed: {Children} children", children.Count);
        return new ReleaseResult(true, null, children.FirstOrDefault() ?? new Dictionary<string, string>(), children);
    }
}

/// <param name="ChildPseudonym">A child's pseudonym, or a parent's (then all their children are released).</param>
public sealed record ReleaseRequest(string ChildPseudonym);

/// <param name="Released">The first child's category → value (the whole answer when asked for one child); empty when denied.</param>
/// <param name="Children">Every child's released categories.</param>
public sealed record ReleaseResult(bool Allowed, string? DenyReason, IReadOnlyDictionary<string, string> Released, IReadOnlyList<IReadOnlyDictionary<string, string>> Children);
