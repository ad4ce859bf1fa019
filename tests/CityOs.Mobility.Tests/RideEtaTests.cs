using CityOs.Contracts.Sensors;
using CityOs.Mobility.Rides;
using CityOs.Mobility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CityOs.Mobility.Tests.Support.RideFixtures;

namespace CityOs.Mobility.Tests;

public sealed class RideEtaTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Live_vehicle_position_starts_the_route_and_moves_the_eta_on_the_next_re_plan()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now, settings: OneTaxi());
        // The taxi waits at its Odono depot, about nine minutes from a pickup in Yuda.
        var ride = await host.Staff.BookAsync(Ride(from: Yuda, to: Odono, earliest: Now.AddMinutes(5)));
        var before = (await host.Staff.RideAsync(ride.RideId)).EstimatedPickup!.Value;
        Assert.True(before > Now.AddMinutes(8), $"ETA {before} from the depot");

        await host.PublishAsync(new VehiclePositionObserved
        {
            ReadingId = "obu-7:1", VehicleId = "dt-test-1", DeviceId = "obu-7", Latitude = Yuda.Lat, Longitude = Yuda.Lon,
            SpeedKmh = 0, HeadingDegrees = 0, ObservedAt = Now,
        });
        var improver = host.Services.GetRequiredService<PlanImprover>();

        await Eventually.True(async () =>
        {
            await improver.ImproveAsync(RideClock.DayOf(Now), CancellationToken.None);
            return (await host.Staff.RideAsync(ride.RideId)).EstimatedPickup == Now.AddMinutes(5);
        }, TimeSpan.FromSeconds(20), "the ETA from the vehicle's reported position");
    }
}
