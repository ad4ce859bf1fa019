using CityOs.Contracts.Evacuation;

namespace CityOs.Mobility.Rides;

/// <summary>
/// Evacuation rides come first: when no vehicle has room, the vehicle that needs the fewest ordinary rides
/// removed takes it; those rides move to another vehicle in their promised window if one fits, and otherwise
/// are marked displaced with later windows offered.
/// </summary>
public sealed class EvacuationBook(RideBook book, RideStore store, RidePlacer placer, Fleet fleet, ServiceArea area, ILogger<EvacuationBook> logger)
{
    public static string RideIdOf(Guid requestId) => $"evac-{requestId:N}";

    /// <summary>Idempotent on the request id: a redelivered request gets the stored answer and books nothing.</summary>
    public async Task<Ride> ScheduleAsync(RequestEvacuationRide request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(RideIdOf(request.RequestId), cancellationToken) is { } known)
        {
            return known;
        }

        var draft = Draft(request, now);
        if (!area.Contains(request.PickupLatitude, request.PickupLongitude) || !area.Contains(request.DropoffLatitude, request.DropoffLongitude))
        {
            var outside = draft with { Status = RideStatus.NotServed, Reason = "outside-service-area" };
            await store.SaveAsync(outside, cancellationToken);
            return outside;
        }

        return await book.WithPlanAsync(book.Windows.DayOf(draft), (inputs, changed) =>
        {
            // One evacuation ride per resident: a newer request (Disaster re-planned them) replaces the scheduled one
            // here, whether or not Disaster's cancel has arrived yet, so the outcome does not depend on queue order.
            var superseded = inputs.Rides.Values.Where(r => r.IsEvacuation && r.Status == RideStatus.Scheduled && r.RiderPseudonym == draft.RiderPseudonym).ToList();
            if (superseded.Count > 0)
            {
                inputs = inputs with { Plan = RidePlacer.Without(inputs.Plan, superseded.Select(r => r.RideId).ToHashSet()) };
                changed.AddRange(superseded.Select(r => r with { Status = RideStatus.Cancelled, VehicleId = null, Reason = "superseded" }));
            }

            var (pickup, dropoff) = book.Windows.Requested(draft, inputs.Now);
            var placed = pickup.Earliest > pickup.Latest ? null : placer.TryPlace(inputs, draft, pickup, dropoff);
            var displaced = new List<Ride>();
            if (placed is null && pickup.Earliest <= pickup.Latest)
            {
                (placed, displaced) = Displace(inputs, draft, pickup, dropoff);
            }

            if (placed is null)
            {
                var declined = draft with { Status = RideStatus.NotServed, Reason = "no-vehicle" };
                changed.Add(declined);
                return Task.FromResult((inputs.Plan, declined));
            }

            var scheduled = draft with { Status = RideStatus.Scheduled, VehicleId = placed.VehicleId, PromisedPickup = book.Windows.Promise(draft, pickup, placed.PickupAt) };
            var plan = Rehome(inputs with { Plan = placed.Plan, Rides = new Dictionary<string, Ride>(inputs.Rides) { [draft.RideId] = scheduled } }, displaced, changed);
            changed.Add(scheduled);
            logger.LogWarning("Evacuation ride {RideId} on {VehicleId}; {Displaced} ordinary rides moved or displaced", scheduled.RideId, scheduled.VehicleId, displaced.Count);
            return Task.FromResult((plan, scheduled));
        }, cancellationToken);
    }

    /// <summary>
    /// Cancels the ride of a request. A cancel that overtakes its request (separate queues, a backlog after an
    /// outage) leaves a cancelled ride under the request's id, so the request, when it comes, books nothing.
    /// </summary>
    public async Task CancelAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rideId = RideIdOf(requestId);
        if (await store.GetAsync(rideId, cancellationToken) is null)
        {
            try
            {
                await store.SaveAsync(new Ride
                {
                    RideId = rideId, Channel = RideChannel.Evacuation, RiderPseudonym = "", EvacuationRequestId = requestId,
                    Pickup = new RidePlace(0, 0), Dropoff = new RidePlace(0, 0), District = "", Passengers = 1,
                    Status = RideStatus.Cancelled, Reason = "cancelled-before-request", RequestedAt = now,
                }, cancellationToken);
                return;
            }
            catch (CityOs.Storage.DocumentConflictException)
            {
                // The request was booked meanwhile: cancel that booking below.
            }
        }

        await book.CancelAsync(rideId, cancellationToken);
        logger.LogInformation("Evacuation ride {RideId} cancelled by Disaster", rideId);
    }

    private (Placement?, List<Ride>) Displace(PlanInputs inputs, Ride draft, Dispatching.Model.TimeWindow pickup, Dispatching.Model.TimeWindow? dropoff)
    {
        (Placement? Placed, List<Ride> Removed) best = (null, []);
        foreach (var vehicle in fleet.Vehicles.Where(v => !draft.Wheelchair || v.WheelchairPlaces > 0))
        {
            // Only rides not yet picked up can leave the vehicle; evacuation rides never give way to each other.
            var movable = inputs.Plan.Routes.First(r => r.VehicleId == vehicle.VehicleId).Stops
                .Where(s => s.IsPickup && s.At >= inputs.Now).Select(s => inputs.Rides[s.RideId]).Where(r => !r.IsEvacuation)
                .OrderByDescending(r => r.Seats).ToList();
            var removed = new List<Ride>();
            foreach (var ride in movable)
            {
                removed.Add(ride);
                var plan = RidePlacer.Without(inputs.Plan, removed.Select(r => r.RideId).ToHashSet());
                if (placer.TryPlace(inputs with { Plan = plan }, draft, pickup, dropoff, [vehicle]) is { } placed)
                {
                    if (best.Placed is null || removed.Count < best.Removed.Count)
                    {
                        best = (placed, [.. removed]);
                    }

                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Puts each displaced ride back elsewhere in its promised window, or marks it displaced with alternatives.</summary>
    private RidePlan Rehome(PlanInputs inputs, List<Ride> displaced, List<Ride> changed)
    {
        foreach (var ride in displaced)
        {
            var day = inputs.Plan.Day;
            var window = new Dispatching.Model.TimeWindow(RideClock.Minutes(day, ride.PromisedPickup!.Start), RideClock.Minutes(day, ride.PromisedPickup.End));
            var dropoff = ride.LatestArrival is { } l ? new Dispatching.Model.TimeWindow(0, RideClock.Minutes(day, l)) : (Dispatching.Model.TimeWindow?)null;
            if (placer.TryPlace(inputs, ride, window, dropoff) is { } placed)
            {
                inputs = inputs with { Plan = placed.Plan };
                changed.Add(ride with { VehicleId = placed.VehicleId });
                continue;
            }

            var alternatives = book.Alternatives(inputs, ride);
            changed.Add(ride with { Status = RideStatus.Displaced, VehicleId = null, Reason = "evacuation-priority", Alternatives = alternatives });
            logger.LogWarning("Ride {RideId} displaced by an evacuation ride; {Count} alternatives offered", ride.RideId, alternatives.Count);
        }

        return inputs.Plan;
    }

    private static Ride Draft(RequestEvacuationRide request, DateTimeOffset now) => new()
    {
        RideId = RideIdOf(request.RequestId),
        Channel = RideChannel.Evacuation,
        RiderPseudonym = request.MobilityPseudonym,
        EvacuationRequestId = request.RequestId,
        Pickup = new RidePlace(request.PickupLatitude, request.PickupLongitude),
        Dropoff = new RidePlace(request.DropoffLatitude, request.DropoffLongitude, request.ShelterId),
        District = request.District,
        LatestArrival = request.LatestArrival,
        Passengers = request.Passengers,
        Wheelchair = request.Wheelchair == true,
        Status = RideStatus.NotServed,
        RequestedAt = now,
    };
}
