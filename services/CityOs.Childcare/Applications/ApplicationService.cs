using CityOs.Childcare.Allocation;
using CityOs.Childcare.Facilities;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.Applications;

public sealed class ApplicationService(
    ApplicationStore store, FacilityCatalog facilities, PriorityPointsCalculator points, IOptions<ChildcareOptions> options, TimeProvider time)
{
    public const string SiblingEnrolled = "sibling-enrolled";

    /// <summary>The stored application, or the refusal reasons by field.</summary>
    public async Task<(ChildcareApplication? Application, Dictionary<string, string[]> Errors)> SubmitAsync(
        ApplicationRequest request, string method, CancellationToken cancellationToken, string? actingAs = null)
    {
        var snapshot = await facilities.SnapshotAsync(cancellationToken);
        var errors = ApplicationValidator.Validate(request, snapshot);
        var round = request.Round ?? options.Value.CurrentRound;
        if (!ApplicationIds.IsValidRound(round))
        {
            errors["round"] = ["募集回の形式が正しくありません (round must be letters, digits and '-', e.g. 2027-04)"];
        }

        PriorityPoints? calculated = null;
        try
        {
            calculated = points.Calculate(Household(request));
        }
        catch (ArgumentException ex)
        {
            errors["parents"] = [$"不明な事由があります ({ex.Message})"];
        }

        if (errors.Count > 0 || calculated is null)
        {
            return (null, errors);
        }

        var application = new ChildcareApplication
        {
            Id = ApplicationIds.NewApplication(round),
            Round = round,
            Method = method,
            StaffId = request.StaffId,
            ActingAs = actingAs,
            SubmittedAt = time.GetUtcNow(),
            Status = ApplicationStatus.Submitted,
            Request = request,
            Options = request.Combinations.Count > 0 ? request.Combinations : JointOptions.Derive(request.Children),
            Points = calculated,
        };
        if (await store.TryAddAsync(application, cancellationToken) is { } duplicate)
        {
            return (null, new() { ["children"] = [$"この児童は今回すでに申し込まれています (child {duplicate} already applied this round)"] });
        }

        return (application, errors);
    }

    /// <summary>
    /// Withdraws an application; places it was offered are freed (the vacancies follow). A child who kept their
    /// current place keeps it: withdrawing an application is not leaving the facility.
    /// </summary>
    public async Task<ChildcareApplication?> WithdrawAsync(string id, CancellationToken cancellationToken)
    {
        ChildcareApplication? before = null;
        var result = await store.ChangeAsync(id, a =>
        {
            before = a;
            return a.Status == ApplicationStatus.Withdrawn ? null : a with { Status = ApplicationStatus.Withdrawn };
        }, cancellationToken);
        if (!result.Changed || before?.Outcome is not { } outcome)
        {
            return result.Value;
        }

        foreach (var byFacility in NewPlaces(before, outcome).GroupBy(p => p.Facility))
        {
            await facilities.AdjustEnrolledAsync(byFacility.Key, byFacility.GroupBy(p => p.Child.AgeClass).ToDictionary(g => g.Key, g => -g.Count()), cancellationToken);
        }

        return result.Value;
    }

    /// <summary>Places an outcome takes that the children did not hold before: new admissions and transfers' new facilities.</summary>
    public static IEnumerable<(ChildInput Child, string Facility)> NewPlaces(ChildcareApplication application, ApplicationOutcome outcome) =>
        outcome.Children
            .Where(c => c.Facility is not null && !c.KeptCurrentPlace)
            .Select(c => (application.Request.Children.First(i => i.Pseudonym == c.ChildPseudonym), c.Facility!));

    /// <summary>Household points without the per-facility sibling adjustment, which the allocation run adds facility by facility.</summary>
    public static HouseholdCircumstances Household(ApplicationRequest request) => new(
        [.. request.Parents.Select(p => new ParentCircumstances(p.Label, p.WorkHoursPerMonth, p.Reasons ?? []))],
        [.. request.Adjustments.Where(a => a != SiblingEnrolled)]);
}
