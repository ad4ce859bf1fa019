using CityOs.Storage;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Rides;

/// <summary>
/// Books, cancels and re-plans rides. One booking at a time per instance (the plan is one document per day);
/// across instances the plan's ETag decides, and the loser re-plans on the fresh plan.
/// </summary>
public sealed class RideBook(RideStore store, RidePlacer placer, Fleet fleet, ServiceArea area, VehiclePositions positions,
    IOptions<RideOptions> options, TimeProvider time, ILogger<RideBook> logger)
{
    private static readonly int[] ShiftMinutes = [30, 60, 90, 120, -30, -60];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly RideWindows _windows = new(options.Value);

    public RideWindows Windows => _windows;

    /// <summary>Books a validated ride: scheduled with a promised window, or not served with later windows that would fit.</summary>
    public Task<Ride> BookAsync(Ride draft, CancellationToken cancellationToken) =>
        WithPlanAsync(_windows.DayOf(draft), async (inputs, changed) =>
        {
            var (pickup, dropoff) = _windows.Requested(draft, inputs.Now);
            if (placer.TryPlace(inputs, draft, pickup, dropoff) is { } placed)
            {
                var booked = draft with { Status = RideStatus.Scheduled, VehicleId = placed.VehicleId, PromisedPickup = _windows.Promise(draft, pickup, placed.PickupAt) };
                changed.Add(booked);
                logger.LogInformation("Ride {RideId} booked on {VehicleId}", booked.RideId, booked.VehicleId);
                return (placed.Plan, booked);
            }

            var refused = draft with { Status = RideStatus.NotServed, Reason = "no-vehicle", Alternatives = Alternatives(inputs, draft) };
            changed.Add(refused);
            logger.LogInformation("Ride {RideId} not served; {Count} alternatives offered", refused.RideId, refused.Alternatives.Count);
            return (inputs.Plan, refused);
        }, cancellationToken);

    /// <summary>Cancels a ride that has not been picked up and frees its seats; null if there is no such ride.</summary>
    public async Task<Ride?> CancelAsync(string rideId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(rideId, cancellationToken) is not { } ride)
        {
            return null;
        }

        if (ride.Status != RideStatus.Scheduled)
        {
            return ride;
        }

        return await WithPlanAsync(_windows.DayOf(ride), (inputs, changed) =>
        {
            var cancelled = inputs.Rides[rideId] with { Status = RideStatus.Cancelled, VehicleId = null };
            changed.Add(cancelled);
            logger.LogInformation("Ride {RideId} cancelled", rideId);
            return Task.FromResult((RidePlacer.Without(inputs.Plan, new HashSet<string> { rideId }), cancelled));
        }, cancellationToken);
    }

    internal IReadOnlyList<PickupWindow> Alternatives(PlanInputs inputs, Ride ride)
    {
        var found = new List<PickupWindow>();
        foreach (var shift in ShiftMinutes)
        {
            var moved = ride with { EarliestPickup = ride.EarliestPickup?.AddMinutes(shift), LatestArrival = ride.LatestArrival?.AddMinutes(shift) };
            if ((moved.EarliestPickup ?? moved.LatestArrival) < inputs.Now || _windows.DayOf(moved) != inputs.Plan.Day)
            {
                continue;
            }

            var (pickup, dropoff) = _windows.Requested(moved, inputs.Now);
            if (placer.TryPlace(inputs, moved, pickup, dropoff) is { } placed)
            {
                found.Add(_windows.Promise(moved, pickup, placed.PickupAt));
                if (found.Count == 3)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The plan is written before the rides it changed, so a process killed in between leaves stops whose ride
    /// document is missing or still says it is not on that vehicle. Those stops are dropped: the interrupted booking
    /// was never answered (the bus redelivers the request, the app's caller retries) and is placed again.
    /// </summary>
    public static RidePlan WithoutInterrupted(RidePlan plan, IReadOnlyDictionary<string, Ride> rides)
    {
        var interrupted = plan.Routes
            .SelectMany(route => route.Stops.Select(stop => (route.VehicleId, stop.RideId)))
            .Where(s => !rides.TryGetValue(s.RideId, out var ride)
                || ride.Status != RideStatus.Scheduled || ride.VehicleId != s.VehicleId || ride.PromisedPickup is null)
            .Select(s => s.RideId)
            .ToHashSet();
        return interrupted.Count == 0 ? plan : RidePlacer.Without(plan, interrupted);
    }

    /// <summary>
    /// Loads the day's plan and its rides, lets <paramref name="change"/> produce a new plan and the rides it changed,
    /// and saves them. The plan goes first: a ride document never claims a seat the stored plan does not hold.
    /// </summary>
    internal async Task<T> WithPlanAsync<T>(DateOnly day, Func<PlanInputs, List<Ride>, Task<(RidePlan Plan, T Result)>> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var (stored, etag) = await store.GetPlanAsync(day, fleet.Vehicles, cancellationToken);
                var rides = (await store.ListAsync(cancellationToken)).ToDictionary(r => r.RideId);
                var plan = WithoutInterrupted(stored, rides);
                var changed = new List<Ride>();
                var (next, result) = await change(new PlanInputs(plan, rides, time.GetUtcNow(), positions, area, options.Value), changed);
                try
                {
                    await store.SavePlanAsync(next, etag, cancellationToken);
                }
                catch (DocumentConflictException) when (attempt < 3)
                {
                    continue;
                }

                foreach (var ride in changed)
                {
                    await store.SaveAsync(ride, cancellationToken);
                }

                return result;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
