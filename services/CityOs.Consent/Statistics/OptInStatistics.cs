using CityOs.Consent.Purposes;
using CityOs.Consent.Records;
using CityOs.Consent.Vault;
using CityOs.Storage;

namespace CityOs.Consent.Statistics;

/// <summary>
/// Opt-in rates by purpose and district for the office. A cell is suppressed when it, or its
/// complement (enrolled but not consented), counts fewer than <see cref="MinimumCell"/> people.
/// </summary>
public sealed class OptInStatistics(IDocumentStore store, ConsentStore records, PurposeCatalogue catalogue, TimeProvider time)
{
    public const int MinimumCell = 10;

    public async Task<IReadOnlyList<OptInCell>> ComputeAsync(CancellationToken cancellationToken)
    {
        var districtOf = (await store.ScanAsync<ResidentIdentity>("consent-vault", cancellationToken: cancellationToken))
            .ToDictionary(d => d.Value.ResidentId, d => d.Value.District);
        var enrolled = districtOf.Values.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var consenting = (await records.AllActiveAsync(time.GetUtcNow(), cancellationToken))
            .Where(r => districtOf.ContainsKey(r.SubjectId))
            .Select(r => (r.PurposeId, District: districtOf[r.SubjectId], r.SubjectId))
            .Distinct()
            .GroupBy(x => (x.PurposeId, x.District))
            .ToDictionary(g => g.Key, g => g.Count());

        var cells = new List<OptInCell>();
        foreach (var purpose in catalogue.Purposes.OrderBy(p => p.Id))
        {
            foreach (var (district, total) in enrolled.OrderBy(e => e.Key))
            {
                var yes = consenting.GetValueOrDefault((purpose.Id, district));
                var suppressed = total < MinimumCell || yes < MinimumCell || total - yes < MinimumCell;
                cells.Add(suppressed
                    ? new OptInCell(purpose.Id, district, null, null, null, true)
                    : new OptInCell(purpose.Id, district, total, yes, Math.Round((double)yes / total, 3), false));
            }
        }

        return cells;
    }
}

/// <summary>One cell; counts and rate are null when suppressed.</summary>
public sealed record OptInCell(string PurposeId, string District, int? Enrolled, int? Consented, double? Rate, bool Suppressed);
