using System.Text.Json;
using CityOs.Childcare.Storage;
using CityOs.Storage;

namespace CityOs.Childcare.Facilities;

/// <summary>
/// The facilities in the document store, one document each in one partition: a city has tens to a few hundred,
/// and the open-data list reads them all at once. Seeded from data/childcare/facilities.json without overwriting
/// live counts; every change of places bumps the version and wakes the <see cref="VacancyRelay"/>.
/// </summary>
public sealed class FacilityCatalog(IDocumentStore store, VacancySignal signal, TimeProvider time)
{
    public const string Container = "childcare-facilities";
    public const string Partition = "facilities";

    /// <summary>Rounds run monthly at most, and an interrupted run is finished before the next: a few ids suffice.</summary>
    private const int KeptRunIds = 24;

    public async Task<FacilitySnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        new((await RecordsAsync(cancellationToken)).Select(r => r.Value.Facility));

    public async Task<IReadOnlyList<StoredDocument<FacilityRecord>>> RecordsAsync(CancellationToken cancellationToken) =>
        await store.QueryAsync<FacilityRecord>(Container, Partition, cancellationToken: cancellationToken);

    public async Task<ChildcareFacility?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<FacilityRecord>(Container, Partition, id, cancellationToken))?.Value.Facility;

    /// <summary>Adds facilities the store does not know yet; a restart keeps the counts staff confirmed.</summary>
    public async Task<int> SeedAsync(IEnumerable<ChildcareFacility> facilities, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var facility in facilities)
        {
            var result = await store.ApplyAsync<FacilityRecord>(Container, Partition, facility.Id,
                existing => existing is null ? new FacilityRecord { Facility = facility, Version = 1, ChangedAt = time.GetUtcNow() } : null, cancellationToken);
            added += result.Changed ? 1 : 0;
        }

        signal.Wake();
        return added;
    }

    /// <summary>One write per facility; null when the facility does not exist or the change declines.</summary>
    public async Task<ChildcareFacility?> ChangeAsync(string id, Func<ChildcareFacility, ChildcareFacility?> change, CancellationToken cancellationToken)
    {
        var result = await store.ApplyAsync<FacilityRecord>(Container, Partition, id,
            r => r is not null && change(r.Facility) is { } updated ? r with { Facility = updated, Version = r.Version + 1, ChangedAt = time.GetUtcNow() } : null,
            cancellationToken);
        if (!result.Changed)
        {
            return null;
        }

        signal.Wake();
        return result.Value!.Facility;
    }

    public Task<ChildcareFacility?> SetEnrolledAsync(string id, int ageClass, int enrolled, CancellationToken cancellationToken) =>
        ChangeAsync(id, f => f.Offers(ageClass) ? f.WithPlaces(ageClass, p => p with { Enrolled = enrolled }) : null, cancellationToken);

    public Task<ChildcareFacility?> SetCapacityAsync(string id, int ageClass, int capacity, CancellationToken cancellationToken) =>
        ChangeAsync(id, f => f.Offers(ageClass) ? f.WithPlaces(ageClass, p => p with { Capacity = capacity }) : null, cancellationToken);

    /// <summary>Adds (or, negative, frees) enrolled places per age class at one facility, never below zero.</summary>
    public Task<ChildcareFacility?> AdjustEnrolledAsync(string id, IReadOnlyDictionary<int, int> deltas, CancellationToken cancellationToken) =>
        ChangeAsync(id, f => deltas.Keys.Any(f.Offers)
            ? f with { AgeClasses = [.. f.AgeClasses.Select(a => deltas.TryGetValue(a.AgeClass, out var d) ? a with { Enrolled = Math.Max(0, a.Enrolled + d) } : a)] }
            : null, cancellationToken);

    /// <summary>Adds a run's places at this facility once: a facility that has counted the run already declines.</summary>
    public async Task CountRunAsync(string id, string runId, IReadOnlyDictionary<int, int> deltas, CancellationToken cancellationToken)
    {
        var result = await store.ApplyAsync<FacilityRecord>(Container, Partition, id, r => r is null || r.CountedRuns.Contains(runId) ? null : r with
        {
            Facility = r.Facility with
            {
                AgeClasses = [.. r.Facility.AgeClasses.Select(a => deltas.TryGetValue(a.AgeClass, out var d) ? a with { Enrolled = Math.Max(0, a.Enrolled + d) } : a)],
            },
            CountedRuns = [.. r.CountedRuns.TakeLast(KeptRunIds - 1), runId],
            Version = r.Version + 1,
            ChangedAt = time.GetUtcNow(),
        }, cancellationToken);
        if (result.Changed)
        {
            signal.Wake();
        }
    }

    public static IReadOnlyList<ChildcareFacility> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<FacilityFile>(stream, JsonSerializerOptions.Web)
            ?? throw new FormatException($"{path}: empty document");
        foreach (var facility in file.Facilities)
        {
            if (!FacilityKind.IsValid(facility.Kind) || facility.AgeClasses.Count == 0)
            {
                throw new FormatException($"{path}: facility {facility.Id} has an unknown kind or no age classes");
            }
        }

        return file.Facilities;
    }

    private sealed record FacilityFile(IReadOnlyList<ChildcareFacility> Facilities);
}
