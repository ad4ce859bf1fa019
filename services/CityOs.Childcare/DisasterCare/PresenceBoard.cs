using CityOs.Childcare.Storage;
using CityOs.Storage;

namespace CityOs.Childcare.DisasterCare;

/// <summary>
/// Which children are still at each facility during a disaster and which have been picked up: one document per
/// facility (partition <c>presence:{facility}</c>; at most a few hundred children each), changed with an ETag check so
/// reports from several staff at once all land. Reads leave as counts per facility and district only.
/// </summary>
public sealed class PresenceBoard(IDocumentStore store)
{
    public const string Present = "present";
    public const string PickedUp = "picked-up";
    private const string Board = "board";

    public Task ReportAsync(string facilityId, string childPseudonym, string status, CancellationToken cancellationToken) =>
        store.ApplyAsync<FacilityBoard>(DisasterWatch.Container, Partition(facilityId), Board, b =>
            b?.Latest.GetValueOrDefault(childPseudonym) == status
                ? null
                : new FacilityBoard { Latest = new Dictionary<string, string>(b?.Latest ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [childPseudonym] = status } },
            cancellationToken);

    public async Task<IReadOnlyList<FacilityPresence>> CountsAsync(IEnumerable<string> facilityIds, CancellationToken cancellationToken)
    {
        var counts = new List<FacilityPresence>();
        foreach (var id in facilityIds)
        {
            var here = (await store.GetAsync<FacilityBoard>(DisasterWatch.Container, Partition(id), Board, cancellationToken))?.Value.Latest.Values ?? [];
            counts.Add(new FacilityPresence(id, here.Count(s => s == Present), here.Count(s => s == PickedUp)));
        }

        return counts;
    }

    private static string Partition(string facilityId) => $"presence:{facilityId}";
}

public sealed record FacilityBoard
{
    public IReadOnlyDictionary<string, string> Latest { get; init; } = new Dictionary<string, string>();
}

public sealed record FacilityPresence(string FacilityId, int Present, int PickedUp);

public sealed record DistrictPresence(string District, bool DisasterDeclared, int Present, int PickedUp, IReadOnlyList<FacilityPresence> Facilities);

public sealed record PresenceReport(string FacilityId, string ChildPseudonym, string Status);
