using CityOs.Disaster.Registry;
using CityOs.Disaster.Shelters;
using CityOs.Disaster.Supporters;

namespace CityOs.Disaster.Guidance;

/// <summary>Everything the planner reads. Reserved seats and supporter loads are what earlier guidance already promised.</summary>
public sealed record PlanningInput
{
    public required IReadOnlyList<RegistryEntry> Residents { get; init; }

    public required IReadOnlyDictionary<string, EvacuationPlan> Plans { get; init; }

    public required IReadOnlyList<Shelter> Shelters { get; init; }

    public required IReadOnlyDictionary<string, int> Reserved { get; init; }

    public required Func<string, IReadOnlyList<Supporter>> SupportersIn { get; init; }

    public required IReadOnlyDictionary<string, int> SupporterLoad { get; init; }

    /// <summary>Districts at level 5: no one is sent to a shelter there.</summary>
    public required IReadOnlySet<string> FloodingDistricts { get; init; }
}
