using CityOs.Childcare.Applications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

public static class ApplicationApi
{
    public static RouteGroupBuilder MapApplicationApi(this RouteGroupBuilder group)
    {
        group.MapPost("/applications", (ApplicationRequest request, ApplicationService service) => Submit(request with { StaffId = null }, "online", service))
            .WithName("SubmitChildcareApplication").WithSummary("A family applies online (入所申込).").WithTags("Applications");
        group.MapGet("/applications/{id}", Results<Ok<ApplicationView>, NotFound> (string id, ApplicationStore store) =>
                store.Find(id) is { } application ? TypedResults.Ok(ApplicationView.From(application)) : TypedResults.NotFound())
            .WithName("GetChildcareApplication").WithSummary("Status, priority points with the rule lines, and the outcome with its explanation.").WithTags("Applications");
        return group;
    }

    public static RouteGroupBuilder MapApplicationStaffApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/applications/on-behalf", Results<Created<ApplicationView>, ValidationProblem> (ApplicationRequest request, ApplicationService service) =>
                string.IsNullOrWhiteSpace(request.StaffId)
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["staffId"] = ["職員IDが必要です (staff id is required)"] })
                    : Submit(request, "staff", service))
            .WithName("SubmitChildcareApplicationOnBehalf").WithSummary("Staff enter an application at the counter for a family.").WithTags("Applications");
        return staff;
    }

    private static Results<Created<ApplicationView>, ValidationProblem> Submit(ApplicationRequest request, string method, ApplicationService service)
    {
        var (application, errors) = service.Submit(request, method);
        return application is null
            ? TypedResults.ValidationProblem(errors, title: "申込を受け付けられません (the application cannot be accepted)")
            : TypedResults.Created($"/api/childcare/v1/applications/{application.Id}", ApplicationView.From(application));
    }
}
