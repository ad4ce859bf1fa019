using CityOs.Consent.Client.Residents;
using CityOs.Mobility.Rides;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Mobility.Apis;

/// <summary>
/// "My rides" for the companion app: the rider is the resident Consent resolved for the signed-in caller (themselves
/// or a recorded proxy), never a pseudonym from the request. Another resident's ride answers 404, as a missing one.
/// </summary>
public static class ResidentRideApi
{
    private const int ListLimit = 100;

    public static RouteGroupBuilder MapResidentRideApi(this RouteGroupBuilder api)
    {
        var rides = api.MapResidentGroup("mobility").MapGroup("/rides").WithTags("Demand taxi");
        rides.MapGet("", ListAsync).WithName("ListResidentRides").WithSummary("The resident's rides, newest first (at most 100).");
        rides.MapPost("", BookAsync).WithName("BookResidentRide").WithSummary("Books a shared taxi for the resident; a proxy's booking records the relationship.");
        rides.MapGet("/{rideId}", GetAsync).WithName("GetResidentRide").WithSummary("One of the resident's rides with its current ETA.");
        rides.MapPost("/{rideId}/cancel", CancelAsync).WithName("CancelResidentRide").WithSummary("Cancels one of the resident's rides not yet picked up.");
        return api;
    }

    private static async Task<Ok<ResidentRideView[]>> ListAsync(SignedInResident resident, RideStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.OfRiderAsync(resident.Pseudonym, ListLimit, cancellationToken)).Select(r => ResidentRideView.Of(r)).ToArray());

    private static async Task<Results<Ok<ResidentRideView>, ValidationProblem>> BookAsync(
        ResidentRideRequest request, SignedInResident resident, RideValidator validator, RideDrafts drafts, RideBook book, TimeProvider time, CancellationToken cancellationToken)
    {
        var booking = request.For(resident.Pseudonym);
        var errors = validator.Validate(booking, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "予約内容に誤りがあります (the ride request is not valid)");
        }

        var ride = await book.BookAsync(drafts.Draft(booking, RideChannel.App, actingAs: resident.ActingAs), cancellationToken);
        return TypedResults.Ok(ResidentRideView.Of(ride));
    }

    private static async Task<Results<Ok<ResidentRideView>, NotFound>> GetAsync(
        string rideId, SignedInResident resident, RideStore store, Fleet fleet, CancellationToken cancellationToken)
    {
        if (await OwnRideAsync(rideId, resident, store, cancellationToken) is not { } ride)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(ResidentRideView.Of(ride, await store.EtaAsync(ride, fleet.Vehicles, cancellationToken)));
    }

    private static async Task<Results<Ok<ResidentRideView>, NotFound, ProblemHttpResult>> CancelAsync(
        string rideId, SignedInResident resident, RideStore store, RideBook book, CancellationToken cancellationToken)
    {
        if (await OwnRideAsync(rideId, resident, store, cancellationToken) is not { } ride)
        {
            return TypedResults.NotFound();
        }

        // Disaster books and cancels evacuation rides; a cancel from the app would leave its plan wrong.
        if (ride.IsEvacuation)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "避難のための送迎はアプリから取り消せません (an evacuation ride cannot be cancelled in the app)",
                detail: "災害対策本部にご連絡ください。 (Please call the disaster desk.)");
        }

        return await book.CancelAsync(rideId, cancellationToken) is { } cancelled ? TypedResults.Ok(ResidentRideView.Of(cancelled)) : TypedResults.NotFound();
    }

    private static async Task<Ride?> OwnRideAsync(string rideId, SignedInResident resident, RideStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(rideId, cancellationToken) is { } ride && ride.RiderPseudonym == resident.Pseudonym ? ride : null;
}
