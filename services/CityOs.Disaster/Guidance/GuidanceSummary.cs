using CityOs.Disaster.Alerts;
using CityOs.Disaster.Registry;

namespace CityOs.Disaster.Guidance;

/// <summary>
/// Counts over the affected residents (registered, in a district at level 3 or more). Assisted includes those
/// waiting for a requested ride; every other affected resident is unassisted with a reason or not yet guided.
/// </summary>
public sealed record GuidanceSummary(
    int Affected,
    int Guided,
    int Assisted,
    int WaitingForVehicle,
    int RidesScheduled,
    int Unassisted,
    IReadOnlyDictionary<string, int> UnassistedReasons,
    int MaxAlertLevel)
{
    public static GuidanceSummary Compute(AlertBoard alerts, RegistryStore registry, GuidanceBoard board)
    {
        var levels = alerts.Levels();
        var affected = levels.Where(l => l.Value >= 3).SelectMany(l => registry.InDistrict(l.Key)).ToList();
        var guidance = affected.Select(r => board.Find(r.Pseudonym)).OfType<ResidentGuidance>().ToList();
        var unassisted = guidance.Where(g => g.Status == GuidanceStatus.Unassisted).ToList();
        return new GuidanceSummary(
            affected.Count,
            guidance.Count,
            guidance.Count(g => g.Status != GuidanceStatus.Unassisted),
            guidance.Count(g => g.Status == GuidanceStatus.WaitingForVehicle),
            guidance.Count(g => g.RideId is not null),
            unassisted.Count,
            unassisted.GroupBy(g => g.Reason ?? "unknown").ToDictionary(g => g.Key, g => g.Count()),
            levels.Count == 0 ? 0 : levels.Values.Max());
    }
}
