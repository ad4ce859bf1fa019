using CityOs.Childcare.Applications;
using CityOs.Childcare.Facilities;

namespace CityOs.Childcare.Allocation;

/// <summary>Runs one round: instance from the applications, allocator, then each application's outcome and explanation.</summary>
public sealed class AllocationRunService(
    ApplicationStore applications, FacilityCatalog facilities, PriorityPointsCalculator points, EnrolmentRegistry enrolments,
    AllocationRunStore runs, TimeProvider time, ILogger<AllocationRunService> logger)
{
    public AllocationRun Run(string round, CancellationToken cancellationToken)
    {
        var entries = applications.InRound(round);
        var siblingPoints = points.Rules.Adjustments.FirstOrDefault(a => a.Code == ApplicationService.SiblingEnrolled)?.Points ?? 0;
        var instance = InstanceBuilder.Build(entries, facilities, siblingPoints);
        var result = new ChildcareAllocator().Allocate(instance, cancellationToken);
        var run = new AllocationRun($"run-{Guid.NewGuid():N}"[..16], round, time.GetUtcNow(), result.Method,
            result.Matched, result.Unmatched, result.Stable, result.BlockingPairs, result.Assignments);
        runs.Add(run);

        var explanations = ExplanationBuilder.Explain(instance, result.Assignments).ToDictionary(e => e.FamilyId, StringComparer.Ordinal);
        foreach (var application in entries)
        {
            var outcome = Outcomes.From(run.Id, application, explanations[application.Id], facilities);
            foreach (var child in outcome.Children.Where(c => c.Facility is not null))
            {
                var input = application.Request.Children.First(c => c.Pseudonym == child.ChildPseudonym);
                enrolments.Set(child.ChildPseudonym, child.Facility!, input.AgeClass);
            }

            var placed = outcome.Children.Count(c => c.Facility is not null);
            var status = placed == outcome.Children.Count ? "placed" : placed == 0 ? "waiting" : "partly-placed";
            applications.Update(application with { Status = status, Outcome = outcome });
        }

        // Counts only: the log must never carry who got which place.
        logger.LogInformation("Allocation run {RunId} for round {Round}: {Matched} placed, {Unmatched} waiting, {Blocking} blocking pairs",
            run.Id, round, run.Matched, run.Unmatched, run.BlockingPairs.Count);
        return run;
    }
}
