using System.Text.Json.Serialization;

namespace CityOs.Childcare.Facilities;

/// <summary>
/// A facility as stored. <see cref="Published"/> is the outbox inside the aggregate: the vacancies last sent as open
/// data per age class. Where they differ from the facility's, <see cref="VacancyRelay"/> still owes a message.
/// </summary>
public sealed record FacilityRecord
{
    public required ChildcareFacility Facility { get; init; }

    /// <summary>Grows by one with every change, so consumers can drop an older message that arrives late.</summary>
    public long Version { get; init; }

    public IReadOnlyDictionary<int, int> Published { get; init; } = new Dictionary<int, int>();

    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>Allocation runs whose places are in the enrolled counts (the latest few), so a run is never counted twice.</summary>
    public IReadOnlyList<string> CountedRuns { get; init; } = [];

    /// <summary>Age classes whose open-data vacancies (0 while closed) differ from what was last published.</summary>
    [JsonIgnore]
    public IReadOnlyList<AgeClassPlaces> Unpublished =>
        [.. Facility.AgeClasses.Where(a => !Published.TryGetValue(a.AgeClass, out var sent) || sent != OpenVacancies(a))];

    public int OpenVacancies(AgeClassPlaces places) => Facility.Open ? places.Vacancies : 0;
}
