using CityOs.Childcare.Applications;
using CityOs.Childcare.Facilities;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// Brings a run's places into the facilities' enrolled counts. The places are recomputed from the applications that
/// carry the run's outcome (withdrawn ones too: their withdrawal already freed what the run gives them), and each
/// facility remembers the runs it has counted, so finishing a run that a crash interrupted never counts twice.
/// </summary>
public sealed class RunCounter(ApplicationStore applications, FacilityCatalog facilities, AllocationRunStore runs)
{
    /// <summary>Finishes every run of the round not yet counted; called before a new run and after each.</summary>
    public async Task CountOutstandingAsync(string round, CancellationToken cancellationToken)
    {
        var outstanding = await runs.UncountedAsync(round, cancellationToken);
        if (outstanding.Count == 0)
        {
            return;
        }

        var inRound = await applications.InRoundAsync(round, cancellationToken);
        foreach (var run in outstanding)
        {
            var deltas = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
            foreach (var application in inRound.Where(a => a.Outcome?.RunId == run.Id))
            {
                Count(deltas, application, application.Outcome!);
            }

            foreach (var (facility, byClass) in deltas)
            {
                await facilities.CountRunAsync(facility, run.Id, byClass, cancellationToken);
            }

            await runs.MarkCountedAsync(run, cancellationToken);
        }
    }

    /// <summary>A new place is taken; a transfer applicant who moved frees the current one.</summary>
    private static void Count(Dictionary<string, Dictionary<int, int>> deltas, ChildcareApplication application, ApplicationOutcome outcome)
    {
        void Add(string facility, int ageClass, int delta)
        {
            var byClass = deltas.TryGetValue(facility, out var d) ? d : deltas[facility] = [];
            byClass[ageClass] = byClass.GetValueOrDefault(ageClass) + delta;
        }

        foreach (var (child, facility) in ApplicationService.NewPlaces(application, outcome))
        {
            Add(facility, child.AgeClass, +1);
            if (child.CurrentFacility is { } current && current != facility)
            {
                Add(current, child.AgeClass, -1);
            }
        }
    }
}
