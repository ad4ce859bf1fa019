using CityOs.Childcare.Applications;
using CityOs.Childcare.Facilities;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// Runs one round over the applications still waiting for a place: instance, allocator, the run document, then each
/// application's outcome (one write each), then the places taken and freed (one write per facility, by
/// <see cref="RunCounter"/>, which also finishes an earlier run a crash interrupted before this one starts).
/// </summary>
public sealed class AllocationRunService(
    ApplicationStore applications, FacilityCatalog facilities, PriorityPointsCalculator points,
    AllocationRunStore runs, RunCounter counter, TimeProvider time, ILogger<AllocationRunService> logger)
{
    public async Task<AllocationRun> RunAsync(string round, CancellationToken cancellationToken)
    {
        await counter.CountOutstandingAsync(round, cancellationToken);
        var entries = (await applications.InRoundAsync(round, cancellationToken)).Where(a => ApplicationStatus.Allocatable(a.Status)).ToList();
        var snapshot = await facilities.SnapshotAsync(cancellationToken);
        var siblingPoints = points.Rules.Adjustments.FirstOrDefault(a => a.Code == ApplicationService.SiblingEnrolled)?.Points ?? 0;
        var instance = InstanceBuilder.Build(entries, snapshot, siblingPoints);
        var result = new ChildcareAllocator().Allocate(instance, cancellationToken);
        var run = new AllocationRun(ApplicationIds.NewRun(round), round, time.GetUtcNow(), result.Method,
            result.Matched, result.Unmatched, result.Stable, result.BlockingPairs, result.Assignments);
        await runs.AddAsync(run, cancellationToken);

        var explanations = ExplanationBuilder.Explain(instance, result.Assignments).ToDictionary(e => e.FamilyId, StringComparer.Ordinal);
        foreach (var application in entries)
        {
            var outcome = Outcomes.From(run.Id, application, explanations[application.Id], snapshot);
            var placed = outcome.Children.Count(c => c.Facility is not null);
            var status = placed == outcome.Children.Count ? ApplicationStatus.Placed : placed == 0 ? ApplicationStatus.Waiting : ApplicationStatus.PartlyPlaced;
            // A family that withdrew while the run computed keeps its withdrawal, and takes no place.
            await applications.ChangeAsync(application.Id,
                a => ApplicationStatus.Allocatable(a.Status) ? a with { Status = status, Outcome = outcome } : null, cancellationToken);
        }

        await counter.CountOutstandingAsync(round, cancellationToken);

        // Counts only: the log must never carry who got which place.
        logger.LogInformation("Allocation run {RunId} for round {Round}: {Matched} placed, {Unmatched} waiting, {Blocking} blocking pairs",
            run.Id, round, run.Matched, run.Unmatched, run.BlockingPairs.Count);
        return run with { Counted = true };
    }
}
