using CityOs.Mobility.Dispatching;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Rides;

/// <summary>
/// Re-optimises today's plan behind each route's served and committed stops, within a small time budget,
/// and refreshes the ETAs from where the vehicles are. Wheelchair-capable and other vehicles are improved
/// as separate groups so no wheelchair ride moves to a vehicle without a wheelchair place.
/// </summary>
public sealed class PlanImprover(RideBook book, Dispatcher dispatcher, Fleet fleet, IOptions<RideOptions> options, TimeProvider time, ILogger<PlanImprover> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ImproveEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ImproveAsync(RideClock.DayOf(time.GetUtcNow()), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Re-optimising the ride plan failed; the current plan stays");
            }
        }
    }

    public Task<bool> ImproveAsync(DateOnly day, CancellationToken cancellationToken) =>
        book.WithPlanAsync(day, (inputs, changed) =>
        {
            var plan = inputs.Plan;
            var improved = false;
            var budget = options.Value.ImproveBudget / 2;
            foreach (var group in fleet.Vehicles.GroupBy(v => v.WheelchairPlaces > 0))
            {
                var problem = PlanProblem.Build(inputs with { Plan = plan }, [.. group], []);
                if (problem.RideIds.Count == 0)
                {
                    continue;
                }

                var solution = dispatcher.Improve(problem.Problem, problem.Plan, budget, cancellationToken);
                var routes = solution.Unassigned.Count == 0 ? problem.ToRoutes(solution.Plan, problem.RideIds) : null;
                if (routes is not null && routes.All(r => RidePlacer.WheelchairsFit(r, fleet.Find(r.VehicleId)!, inputs.Rides)))
                {
                    plan = RidePlacer.Merge(plan, routes);
                    improved = true;
                }
            }

            // A ride the search moved to another vehicle says so in its own document.
            changed.AddRange(plan.Routes.SelectMany(r => r.Stops.Where(s => s.IsPickup).Select(s => (Ride: inputs.Rides[s.RideId], r.VehicleId)))
                .Where(x => x.Ride.VehicleId != x.VehicleId).Select(x => x.Ride with { VehicleId = x.VehicleId }));
            return Task.FromResult((plan, improved));
        }, cancellationToken);
}
