using System.Net;
using System.Net.Http.Json;
using CityOs.Mobility.Rides;
using CityOs.Mobility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CityOs.Mobility.Tests.Support.RideFixtures;

namespace CityOs.Mobility.Tests;

/// <summary>Who may reach rides: a rider's own routes need a resident (or counter) sign-in; a named pseudonym needs staff.</summary>
public sealed class RideAccessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Rides_for_a_named_pseudonym_are_refused_without_a_staff_sign_in()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);
        var ride = await host.Staff.BookAsync(Ride(rider: "mob-p-someone"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsJsonAsync("/api/mobility/v1/rides", Ride())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync($"/api/mobility/v1/rides/{ride.RideId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.DeleteAsync($"/api/mobility/v1/rides/{ride.RideId}")).StatusCode);
        using var partner = host.PartnerHttp();
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/api/mobility/v1/rides/{ride.RideId}")).StatusCode);
        Assert.Equal("accepted", (await host.Staff.RideAsync(ride.RideId)).Outcome);
    }

    [Fact]
    public async Task Resident_routes_need_a_resident_or_counter_sign_in()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync("/api/mobility/v1/residents/r-anyone/rides")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsJsonAsync("/api/mobility/v1/residents/r-anyone/rides", new ResidentRideRequest())).StatusCode);
        var staffOnly = await host.Staff.GetAsync("/api/mobility/v1/residents/r-anyone/rides");
        Assert.Equal(HttpStatusCode.Forbidden, staffOnly.StatusCode);
        Assert.Equal("application/problem+json", staffOnly.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Rider_index_lists_each_riders_own_rides_newest_first()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);
        var first = await host.Staff.BookAsync(Ride(rider: "mob-p-a", earliest: Now.AddHours(1)));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Staff.BookAsync(Ride(rider: "mob-p-b", earliest: Now.AddHours(2)));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await host.Staff.BookAsync(Ride(rider: "mob-p-a", earliest: Now.AddHours(3)));

        var rides = await host.Services.GetRequiredService<RideStore>().OfRiderAsync("mob-p-a", 100, CancellationToken.None);

        Assert.Equal([second.RideId, first.RideId], rides.Select(r => r.RideId));
        Assert.Empty(await host.Services.GetRequiredService<RideStore>().OfRiderAsync("mob-p-nobody", 100, CancellationToken.None));
    }
}
