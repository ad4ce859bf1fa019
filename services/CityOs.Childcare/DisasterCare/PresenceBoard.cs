using System.Collections.Concurrent;

namespace CityOs.Childcare.DisasterCare;

/// <summary>
/// Which children are still at each facility during a disaster and which have been picked up. Reads leave as
/// counts per facility and district only: who is where stays with the facility.
/// </summary>
public sealed class PresenceBoard
{
    public const string Present = "present";
    public const string PickedUp = "picked-up";

    private readonly ConcurrentDictionary<(string Facility, string Child), string> _latest = new();

    public void Report(string facilityId, string childPseudonym, string status) => _latest[(facilityId, childPseudonym)] = status;

    public IReadOnlyList<FacilityPresence> Counts(IEnumerable<string> facilityIds) =>
        [.. facilityIds.Select(id =>
        {
            var here = _latest.Where(kv => kv.Key.Facility == id).Select(kv => kv.Value).ToList();
            return new FacilityPresence(id, here.Count(s => s == Present), here.Count(s => s == PickedUp));
        })];
}

public sealed record FacilityPresence(string FacilityId, int Present, int PickedUp);

public sealed record DistrictPresence(string District, bool DisasterDeclared, int Present, int PickedUp, IReadOnlyList<FacilityPresence> Facilities);

public sealed record PresenceReport(string FacilityId, string ChildPseudonym, string Status);
