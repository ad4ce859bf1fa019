using CityOs.Childcare.Allocation;
using CityOs.Childcare.Facilities;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.Applications;

public sealed class ApplicationService(
    ApplicationStore store, FacilityCatalog facilities, PriorityPointsCalculator points, EnrolmentRegistry enrolments,
    IOptions<ChildcareOptions> options, TimeProvider time)
{
    public const string SiblingEnrolled = "sibling-enrolled";

    /// <summary>The stored application, or the refusal reasons by field.</summary>
    public (ChildcareApplication? Application, Dictionary<string, string[]> Errors) Submit(ApplicationRequest request, string method)
    {
        var errors = ApplicationValidator.Validate(request, facilities);
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
            Id = $"app-{Guid.NewGuid():N}"[..16],
            Round = request.Round ?? options.Value.CurrentRound,
            Method = method,
            StaffId = request.StaffId,
            SubmittedAt = time.GetUtcNow(),
            Status = "submitted",
            Request = request,
            Options = request.Combinations.Count > 0 ? request.Combinations : JointOptions.Derive(request.Children),
            Points = calculated,
        };
        if (store.TryAdd(application) is { } duplicate)
        {
            return (null, new() { ["children"] = [$"この児童は今回すでに申し込まれています (child {duplicate} already applied this round)"] });
        }

        foreach (var child in request.Children.Where(c => c.CurrentFacility is not null))
        {
            enrolments.Set(child.Pseudonym, child.CurrentFacility!, child.AgeClass);
        }

        return (application, errors);
    }

    /// <summary>Household points without the per-facility sibling adjustment, which the allocation run adds facility by facility.</summary>
    public static HouseholdCircumstances Household(ApplicationRequest request) => new(
        [.. request.Parents.Select(p => new ParentCircumstances(p.Label, p.WorkHoursPerMonth, p.Reasons ?? []))],
        [.. request.Adjustments.Where(a => a != SiblingEnrolled)]);
}
