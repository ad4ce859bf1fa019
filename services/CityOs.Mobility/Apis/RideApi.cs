using System.Security.Claims;
using CityOs.Mobility.Rides;
using CityOs.Mobility.Transit;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Mobility.Apis;

public static class RideApi
{
    public static RouteGroupBuilder MapRideApi(this RouteGroupBuilder group)
    {
        // Booking for a pseudonym the caller names is staff work (desk or phone); residents use /residents/{residentId}/rides.
        var rides = group.MapGroup("/rides").WithTags("Demand taxi");
        rides.MapPost("", BookByPhoneAsync).WithName("BookRide").RequireAuthorization(CityPolicies.Staff)
            .WithSummary("Staff book for a rider (mobility pseudonym) at a desk; the staff member is recorded.");
        rides.MapGet("/{rideId}", GetAsync).WithName("GetRide").RequireAuthorization(CityPolicies.Staff)
            .WithSummary("A ride's status, promised pickup window and current ETA.");
        rides.MapDelete("/{rideId}", CancelAsync).WithName("CancelRide").RequireAuthorization(CityPolicies.Staff)
            .WithSummary("Cancels a ride not yet picked up and frees its seats.");
        rides.MapPost("/by-phone", BookByPhoneAsync).WithName("BookRideByPhone").RequireAuthorization(CityPolicies.Staff)
            .WithSummary("A phone operator books for a resident; the operator is recorded.");
        rides.MapPost("/partner", BookForPartnerAsync).WithName("BookPartnerRides").RequireAuthorization(CityPolicies.Partner, CityPolicies.Scope(CityScopes.MobilityRides))
            .WithSummary("A partner books an appointment's pickup and the ride home as two linked rides.");
        group.MapGet("/kpis", KpisAsync).WithTags("Demand taxi").WithName("RideKpis").RequireAuthorization(CityPolicies.Staff)
            .WithSummary("Per district: requests, share served, share shared, vehicle-km per passenger, mean wait. No personal data.");
        return group;
    }

    private static Task<Results<Ok<RideView>, ValidationProblem>> BookByPhoneAsync(BookRideRequest request, ClaimsPrincipal user, RideValidator validator, RideDrafts drafts, RideBook book, TimeProvider time, CancellationToken cancellationToken) =>
        BookOneAsync(request, r => drafts.Draft(r, RideChannel.Phone, operatorId: user.SubjectId()), validator, book, time, cancellationToken);

    private static async Task<Results<Ok<RideView>, ValidationProblem>> BookOneAsync(
        BookRideRequest request, Func<BookRideRequest, Ride> draft, RideValidator validator, RideBook book, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = validator.Validate(request, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The ride request is not valid.");
        }

        return TypedResults.Ok(RideView.Of(await book.BookAsync(draft(request), cancellationToken)));
    }

    private static async Task<Results<Ok<RideView[]>, ValidationProblem>> BookForPartnerAsync(
        PartnerBookingRequest request, RideValidator validator, RideDrafts drafts, RideBook book, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = request.Outbound is null ? new Dictionary<string, string[]> { ["outbound"] = ["The appointment's pickup is required."] } : validator.Validate(request.Outbound, now, "outbound.");
        foreach (var (field, messages) in request.Return is null ? [] : validator.Validate(request.Return, now, "return."))
        {
            errors[field] = messages;
        }

        if (string.IsNullOrWhiteSpace(request.PartnerId))
        {
            errors["partnerId"] = ["The partner id is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The partner booking is not valid.");
        }

        var outbound = drafts.Draft(request.Outbound!, RideChannel.Partner, partnerId: request.PartnerId);
        var back = request.Return is null ? null : drafts.Draft(request.Return, RideChannel.Partner, partnerId: request.PartnerId) with { LinkedRideId = outbound.RideId };
        var views = new List<RideView> { RideView.Of(await book.BookAsync(outbound with { LinkedRideId = back?.RideId }, cancellationToken)) };
        if (back is not null)
        {
            views.Add(RideView.Of(await book.BookAsync(back, cancellationToken)));
        }

        return TypedResults.Ok(views.ToArray());
    }

    private static async Task<Results<Ok<RideView>, NotFound>> GetAsync(string rideId, RideStore store, Fleet fleet, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(rideId, cancellationToken) is not { } ride)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(RideView.Of(ride, await store.EtaAsync(ride, fleet.Vehicles, cancellationToken)));
    }

    private static async Task<Results<Ok<RideView>, NotFound>> CancelAsync(string rideId, RideBook book, CancellationToken cancellationToken) =>
        await book.CancelAsync(rideId, cancellationToken) is { } ride ? TypedResults.Ok(RideView.Of(ride)) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<DistrictKpi>>> KpisAsync(RideStore store, Fleet fleet, ServiceArea area, CancellationToken cancellationToken) =>
        TypedResults.Ok(RideKpis.Compute(await store.ListAsync(cancellationToken), await store.ListPlansAsync(cancellationToken), fleet, area));
}
