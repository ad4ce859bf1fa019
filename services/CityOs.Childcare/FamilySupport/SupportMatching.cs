using CityOs.Childcare.Facilities;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.FamilySupport;

/// <summary>Proposes the nearest free, vetted provider for a request, for staff and for the member's own app alike.</summary>
public sealed class SupportMatching(FamilySupportStore store, FacilityCatalog facilities, IOptions<FamilySupportOptions> options)
{
    /// <param name="Changed">False when the request was already agreed and kept as it was.</param>
    public sealed record Outcome(SupportRequest Request, bool Changed);

    /// <summary>Null when there is no such request.</summary>
    public async Task<Outcome?> MatchAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.RequestAsync(id, cancellationToken) is not { } request)
        {
            return null;
        }

        var from = await facilities.FindAsync(request.Input.FromFacilityId, cancellationToken);
        var found = from is null ? null : SupportMatcher.Match(request.Input, from, await store.ProvidersAsync(cancellationToken), options.Value);
        var updated = await store.UpdateAsync(id, r => r.Status is "open" or "proposed" or "unmatched"
            ? r with { Status = found is null ? "unmatched" : "proposed", ProviderId = found?.Provider.Id, DistanceKm = found?.DistanceKm, MemberAccepted = false, ProviderAccepted = false }
            : null, cancellationToken);
        return updated is null ? new Outcome(request, false) : new Outcome(updated, true);
    }

    /// <summary>Field errors of a request, as the app should highlight them.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(SupportRequestInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.MemberId) || await store.MemberAsync(input.MemberId, cancellationToken) is null)
        {
            errors["memberId"] = ["会員登録がありません (not a registered member)"];
        }

        if (string.IsNullOrWhiteSpace(input.FromFacilityId) || await facilities.FindAsync(input.FromFacilityId, cancellationToken) is null)
        {
            errors["fromFacilityId"] = ["施設がありません (no such facility)"];
        }

        if (input.DurationMinutes is < 15 or > 12 * 60)
        {
            errors["durationMinutes"] = ["15分〜12時間で指定してください (15 minutes to 12 hours)"];
        }

        return errors;
    }
}
