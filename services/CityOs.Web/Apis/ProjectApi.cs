using CityOs.ServiceDefaults.Security;
using CityOs.Web.Districts;
using CityOs.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Web.Apis;

public static class ProjectApi
{
    /// <summary>Demonstration projects: analysts read, the office (role <c>office</c>) registers and records.</summary>
    public static RouteGroupBuilder MapProjectApi(this RouteGroupBuilder group)
    {
        var projects = group.MapGroup("/projects").WithTags("Demonstration projects");
        projects.MapGet("", ListAsync).WithName("ListProjects").WithSummary("Every demonstration project with its KPIs against their targets.");
        projects.MapGet("/{id}", GetAsync).WithName("GetProject").WithSummary("One project with each KPI's series over its period.");
        projects.MapGet("/{id}/report.csv", ReportAsync).WithName("ProjectReport").WithSummary("The project report as CSV (UTF-8 with BOM, opens in Excel).");
        projects.MapPost("", RegisterAsync).RequireAuthorization(CityPolicies.Office)
            .WithName("RegisterProject").WithSummary("Register a project: name, districts, period, services, partners and KPIs with baseline and target.");
        projects.MapPost("/{id}/measurements", MeasureAsync).RequireAuthorization(CityPolicies.Office)
            .WithName("MeasureProject").WithSummary("Measure the project's platform KPIs now (they are also measured on a schedule).");
        projects.MapPost("/{id}/kpis/{kpiId}/values", AddSurveyValueAsync).RequireAuthorization(CityPolicies.Office)
            .WithName("AddSurveyValue").WithSummary("Enter a survey figure for a survey KPI.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<ProjectView>>> ListAsync(ProjectStore store, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ProjectView>>([.. (await store.ListAsync(ct)).OrderByDescending(p => p.CreatedAt).Select(p => ProjectView.Of(p, Today(time)))]);

    private static async Task<Results<Ok<ProjectView>, NotFound>> GetAsync(string id, ProjectStore store, TimeProvider time, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } p ? TypedResults.Ok(ProjectView.Of(p, Today(time))) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> ReportAsync(string id, ProjectStore store, DistrictCatalog districts, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } p
            ? TypedResults.File(ProjectReportCsv.Write(p, districts.All.ToDictionary(d => d.Code, d => d.NameJa)), "text/csv; charset=utf-8", $"{p.Id}-report.csv")
            : TypedResults.NotFound();

    private static async Task<Results<Created<ProjectView>, ValidationProblem>> RegisterAsync(ProjectRequest request, ProjectService service, TimeProvider time, CancellationToken ct)
    {
        var (project, errors) = await service.RegisterAsync(request, ct);
        return project is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Created($"/api/office/v1/projects/{project.Id}", ProjectView.Of(project, Today(time)));
    }

    private static async Task<Results<Ok<ProjectView>, NotFound>> MeasureAsync(string id, ProjectService service, TimeProvider time, CancellationToken ct) =>
        await service.MeasureAsync(id, ct) is { } p ? TypedResults.Ok(ProjectView.Of(p, Today(time))) : TypedResults.NotFound();

    private static async Task<Results<Ok<ProjectView>, NotFound, ValidationProblem>> AddSurveyValueAsync(
        string id, string kpiId, SurveyValueInput input, ProjectStore store, ProjectService service, TimeProvider time, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } project || project.Kpis.FirstOrDefault(k => k.Id == kpiId) is not { } kpi)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (kpi.Metric != KpiMetrics.Survey)
        {
            errors["kpiId"] = ["このKPIはプラットフォームが計測します / this KPI is measured by the platform, not entered"];
        }

        if (input.Value is null or double.NaN)
        {
            errors["value"] = ["値を入力してください / a value is required"];
        }

        if (input.Note is { Length: > 500 })
        {
            errors["note"] = ["500文字以内にしてください / at most 500 characters"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var updated = await service.AddSurveyValueAsync(id, kpi, input.Value!.Value, input.On ?? Today(time), input.Note, ct);
        return updated is null ? TypedResults.NotFound() : TypedResults.Ok(ProjectView.Of(updated, Today(time)));
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
