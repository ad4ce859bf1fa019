using CityOs.Childcare.Allocation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.Apis;

public static class AllocationApi
{
    public static RouteGroupBuilder MapAllocationStaffApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/allocation-runs", async Task<Created<AllocationRun>> (RunRequest? request, AllocationRunService service, IOptions<ChildcareOptions> options, CancellationToken cancellationToken) =>
            {
                var run = await service.RunAsync(request?.Round ?? options.Value.CurrentRound, cancellationToken);
                return TypedResults.Created($"/api/childcare/v1/allocation-runs/{run.Id}", run);
            })
            .WithName("RunChildcareAllocation").WithSummary("Runs the admission allocation (利用調整) for the round's applications still waiting.").WithTags("Allocation");
        staff.MapGet("/allocation-runs/{id}", async Task<Results<Ok<AllocationRun>, NotFound>> (string id, AllocationRunStore runs, CancellationToken cancellationToken) =>
                await runs.FindAsync(id, cancellationToken) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound())
            .WithName("GetChildcareAllocationRun").WithSummary("Matched, unmatched, blocking pairs and stability of a run.").WithTags("Allocation");
        return staff;
    }

    public sealed record RunRequest(string? Round);
}
