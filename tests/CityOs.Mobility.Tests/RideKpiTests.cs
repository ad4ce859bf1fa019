using System.Net.Http.Json;
using CityOs.Mobility.Rides;
using CityOs.Mobility.Tests.Support;
using static CityOs.Mobility.Tests.Support.RideFixtures;

namespace CityOs.Mobility.Tests;

public sealed class RideKpiTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Kpis_per_district_count_requests_served_shared_km_and_wait()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now, settings: OneTaxi());
        // Two parties of two share the one taxi from Odono to Yuda; a third party no longer fits; a Yuda ride is cancelled.
        Assert.Equal("accepted", (await host.Staff.BookAsync(Ride(rider: "mob-p-1", passengers: 2))).Outcome);
        Assert.Equal("accepted", (await host.Staff.BookAsync(Ride(rider: "mob-p-2", passengers: 2))).Outcome);
        Assert.NotEqual("accepted", (await host.Staff.BookAsync(Ride(rider: "mob-p-3", passengers: 1, to: Miyano))).Outcome);
        var cancelled = await host.Staff.BookAsync(Ride(rider: "mob-p-4", from: Yuda, to: Odono, earliest: Now.AddHours(4)));
        await host.Staff.DeleteAsync($"/api/mobility/v1/rides/{cancelled.RideId}");

        var kpis = (await host.StaffHttp().GetFromJsonAsync<DistrictKpi[]>("/api/mobility/v1/kpis"))!.ToDictionary(k => k.District);

        var odono = kpis["odono"];
        Assert.Equal((3, 0.667, 1.0), (odono.Requests, odono.ServedShare, odono.SharedShare));
        // Out to Yuda and back to the depot, shared by four passengers; the pickups are at the depot.
        var roundTripKm = 2 * 3.58 * 1.3;
        Assert.Equal(roundTripKm / 4, odono.VehicleKmPerPassenger!.Value, 1);
        Assert.InRange(odono.MeanWaitMinutes!.Value, 0, 15);
        Assert.Equal((1, (double?)null), (kpis["yuda"].Requests, kpis["yuda"].ServedShare));
    }
}
