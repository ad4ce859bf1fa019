using CityOs.Childcare.Applications;
using CityOs.Consent.Client;

namespace CityOs.Childcare.DisasterCare;

/// <summary>
/// The only way Disaster learns which facility a child attends: the parent's consent for
/// <see cref="Purpose"/> is checked with Consent, and only the consented categories leave through <see cref="ReleaseFilter"/>.
/// </summary>
public sealed class FacilityRelease(IConsentClient consent, EnrolmentRegistry enrolments)
{
    public const string Purpose = "children-facility-to-disaster";
    public const string Recipient = "disaster";
    public const string FacilityCategory = "childcare.facility";
    public const string AgeClassCategory = "childcare.age-class";

    public async Task<ReleaseResult> ReleaseAsync(string childPseudonym, CancellationToken cancellationToken)
    {
        var check = await consent.CheckAsync("childcare", childPseudonym, Purpose, Recipient, [FacilityCategory, AgeClassCategory], cancellationToken);
        var enrolment = enrolments.Find(childPseudonym);
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (enrolment is not null)
        {
            data[FacilityCategory] = enrolment.FacilityId;
            data[AgeClassCategory] = enrolment.AgeClass.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ReleaseResult(check.Allowed, check.DenyReason, ReleaseFilter.Release(data, check));
    }
}

public sealed record ReleaseRequest(string ChildPseudonym);

/// <param name="Released">Category → value; empty when denied or when the child attends no facility known here.</param>
public sealed record ReleaseResult(bool Allowed, string? DenyReason, IReadOnlyDictionary<string, string> Released);
