using CityOs.Contracts.Office;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Rivers;
using CityOs.Disaster.Safety;
using CityOs.Disaster.Shelters;

namespace CityOs.Disaster.Office;

/// <summary>
/// Folds the live boards into counts for the city office. Pseudonyms are read here only to count;
/// none of them, nor a supporter or staff id, leaves in the result.
/// </summary>
public sealed class DisasterOfficeFigures(
    DistrictCatalogue districts, AlertBoard alerts, RegistryStore registry, PlanStore plans, GuidanceBoard guidance,
    SafetyBoard safety, ShelterBoard shelters, RiverStationStore rivers, DeclarationBoard declarations, TimeProvider time)
{
    public async Task<DisasterFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        var levels = alerts.Levels();
        var reports = safety.All().ToLookup(r => r.District);
        var summary = GuidanceSummary.Compute(alerts, registry, guidance);
        var perDistrict = districts.All.Select(d =>
        {
            var residents = registry.InDistrict(d.Code);
            var guided = residents.Select(r => guidance.Find(r.Pseudonym)).OfType<ResidentGuidance>().ToList();
            var statuses = reports[d.Code].Select(r => r.Status).ToList();
            return new DistrictDisasterFigures
            {
                District = d.Code,
                AlertLevel = levels.GetValueOrDefault(d.Code),
                Registered = residents.Count,
                ConfirmedPlans = residents.Count(r => plans.Find(r.Pseudonym)?.Confirmed == true),
                Guided = guided.Count,
                Assisted = guided.Count(g => g.Status != GuidanceStatus.Unassisted),
                Unassisted = guided.Count(g => g.Status == GuidanceStatus.Unassisted),
                Safe = statuses.Count(s => s == SafetyStatus.Safe),
                NeedsHelp = statuses.Count(s => s == SafetyStatus.NeedsHelp),
                AtShelter = statuses.Count(s => s == SafetyStatus.AtShelter),
            };
        }).ToList();

        return new DisasterFigures
        {
            AsOf = time.GetUtcNow(),
            Districts = perDistrict,
            Evacuation = new EvacuationProgress
            {
                Affected = summary.Affected,
                Guided = summary.Guided,
                Assisted = summary.Assisted,
                WaitingForVehicle = summary.WaitingForVehicle,
                RidesScheduled = summary.RidesScheduled,
                Unassisted = summary.Unassisted,
                UnassistedReasons = summary.UnassistedReasons,
                Safe = perDistrict.Sum(d => d.Safe + d.AtShelter),
                MaxAlertLevel = summary.MaxAlertLevel,
            },
            Shelters = [.. shelters.All().Select(s => new ShelterFigure
            {
                Id = s.Id, NameJa = s.NameJa, NameEn = s.NameEn, District = s.District, Capacity = s.Capacity,
                Occupancy = s.Occupancy, Open = s.Open, Welfare = s.Welfare,
            })],
            Rivers = await RiversAsync(cancellationToken),
            Declarations = [.. declarations.All().Select(d => new DeclarationFigure
            {
                Id = d.Id, Districts = d.Districts, From = d.From, Until = d.Until, EndedAt = d.EndedAt,
            })],
        };
    }

    private async Task<IReadOnlyList<RiverFigure>> RiversAsync(CancellationToken cancellationToken)
    {
        var stations = (await rivers.ListAsync(cancellationToken)).ToDictionary(s => s.StationId, StringComparer.Ordinal);
        return [.. alerts.Gauges.OrderBy(g => g.StationId, StringComparer.Ordinal).Select(g => new RiverFigure
        {
            StationId = g.StationId,
            District = g.District,
            RiverJa = g.RiverJa,
            EvacuationJudgementM = g.EvacuationJudgementM,
            FloodDangerM = g.FloodDangerM,
            FloodingM = g.FloodingM,
            Readings = stations.TryGetValue(g.StationId, out var s) ? [.. s.Recent.Select(r => new RiverPoint(r.ObservedAt, r.LevelMeters))] : [],
        })];
    }
}
