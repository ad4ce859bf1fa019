using CityOs.Disaster.Guidance;
using CityOs.Disaster.Shelters;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class ShelterApi
{
    public static RouteGroupBuilder MapShelterApi(this RouteGroupBuilder group)
    {
        var shelters = group.MapGroup("/shelters").WithTags("Shelters");
        shelters.MapGet("/", (ShelterBoard board) => TypedResults.Ok(board.All().Select(ShelterView.From).ToList()))
            .WithName("ListShelters").WithSummary("Shelters with live occupancy and congestion (open data, no personal data).");
        shelters.MapGet("/{id}", Results<Ok<ShelterView>, NotFound> (string id, ShelterBoard board) =>
                board.Find(id) is { } s ? TypedResults.Ok(ShelterView.From(s)) : TypedResults.NotFound())
            .WithName("GetShelter").WithSummary("One shelter's congestion.");
        shelters.MapPost("/{id}/open", (string id, ShelterBoard board, GuidanceQueue queue, CancellationToken ct) => SetAsync(id, true, board, queue, ct))
            .RequireAuthorization(CityPolicies.Staff).WithName("OpenShelter").WithSummary("Staff open a shelter.");
        shelters.MapPost("/{id}/close", (string id, ShelterBoard board, GuidanceQueue queue, CancellationToken ct) => SetAsync(id, false, board, queue, ct))
            .RequireAuthorization(CityPolicies.Staff).WithName("CloseShelter").WithSummary("Staff close a shelter; people sent there get new guidance.");
        return group;
    }

    private static async Task<Results<Ok<ShelterView>, NotFound>> SetAsync(string id, bool open, ShelterBoard board, GuidanceQueue queue, CancellationToken cancellationToken)
    {
        if (await board.SetOpenAsync(id, open, cancellationToken) is not { } shelter)
        {
            return TypedResults.NotFound();
        }

        if (!open)
        {
            queue.Enqueue(new GuidanceWork { Trigger = "shelter", ShelterId = id });
        }

        return TypedResults.Ok(ShelterView.From(shelter));
    }
}
