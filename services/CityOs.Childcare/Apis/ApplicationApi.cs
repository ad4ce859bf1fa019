using System.Security.Claims;
using CityOs.Childcare.Applications;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

/// <summary>
/// Applications for a family that names itself by pseudonym: staff work at the counter. Families apply online under
/// <c>/residents/{residentId}/applications</c> (<see cref="ResidentChildcareApi"/>).
/// </summary>
public static class ApplicationApi
{
    public static RouteGroupBuilder MapApplicationStaffApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/applications", (ApplicationRequest request, ClaimsPrincipal user, ApplicationService service, CancellationToken cancellationToken) =>
                SubmitAsync(request with { StaffId = user.SubjectId() }, "staff", service, cancellationToken))
            .WithName("SubmitChildcareApplication").WithSummary("Staff enter an application (入所申込) for a family; the signed-in staff member is recorded.").WithTags("Applications");
        staff.MapPost("/applications/on-behalf", async Task<Results<Created<ApplicationView>, ValidationProblem>> (ApplicationRequest request, ApplicationService service, CancellationToken cancellationToken) =>
                string.IsNullOrWhiteSpace(request.StaffId)
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["staffId"] = ["職員IDが必要です (staff id is required)"] })
                    : await SubmitAsync(request, "staff", service, cancellationToken))
            .WithName("SubmitChildcareApplicationOnBehalf").WithSummary("Staff enter an application at the counter for a family, naming the counter clerk.").WithTags("Applications");
        staff.MapGet("/applications/{id}", async Task<Results<Ok<ApplicationView>, NotFound>> (string id, ApplicationStore store, CancellationToken cancellationToken) =>
                await store.FindAsync(id, cancellationToken) is { } application ? TypedResults.Ok(ApplicationView.From(application)) : TypedResults.NotFound())
            .WithName("GetChildcareApplication").WithSummary("Status, priority points with the rule lines, and the outcome with its explanation.").WithTags("Applications");
        staff.MapPost("/applications/{id}/withdraw", async Task<Results<Ok<ApplicationView>, NotFound>> (string id, ApplicationService service, CancellationToken cancellationToken) =>
                await service.WithdrawAsync(id, cancellationToken) is { } application ? TypedResults.Ok(ApplicationView.From(application)) : TypedResults.NotFound())
            .WithName("WithdrawChildcareApplication").WithSummary("Withdraws an application for the family (取下げ); places it was offered are freed.").WithTags("Applications");
        return staff;
    }

    private static async Task<Results<Created<ApplicationView>, ValidationProblem>> SubmitAsync(ApplicationRequest request, string method, ApplicationService service, CancellationToken cancellationToken)
    {
        var (application, errors) = await service.SubmitAsync(request, method, cancellationToken);
        return application is null
            ? TypedResults.ValidationProblem(errors, title: "申込を受け付けられません (the application cannot be accepted)")
            : TypedResults.Created($"/api/childcare/v1/applications/{application.Id}", ApplicationView.From(application));
    }
}
