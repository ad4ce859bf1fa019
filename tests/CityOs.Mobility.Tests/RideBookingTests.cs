using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Mobility.Rides;
using CityOs.Mobility.Tests.Support;
using static CityOs.Mobility.Tests.Support.RideFixtures;

namespace CityOs.Mobility.Tests;

public sealed class RideBookingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task App_booking_is_accepted_with_a_promised_pickup_window()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);

        var ride = await host.Staff.BookAsync(Ride(earliest: Now.AddHours(1)));

        Assert.Equal("accepted", ride.Outcome);
        Assert.Equal(new PickupWindow(Now.AddHours(1), Now.AddHours(1).AddMinutes(15)), ride.PromisedPickup);
        var shown = await host.Staff.RideAsync(ride.RideId);
        Assert.NotNull(shown.VehicleId);
        Assert.InRange(shown.EstimatedPickup!.Value, ride.PromisedPickup!.Start, ride.PromisedPickup.End);
    }

    [Fact]
    public async Task Wheelchair_ride_goes_only_to_a_wheelchair_capable_taxi()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);

        var ride = await host.Staff.BookAsync(Ride(wheelchair: true));

        Assert.Equal("accepted", ride.Outcome);
        Assert.Contains(ride.VehicleId, new[] { "dt-odono-2", "dt-miyano-1", "dt-ato-1", "dt-ogori-2" });
    }

    public static TheoryData<string, BookRideRequest> BadRequests => new()
    {
        { "earliestPickup", Ride(earliest: Now.AddHours(2), latest: Now.AddHours(1)) },
        { "earliestPickup", Ride(earliest: Now.AddHours(-1)) },
        { "latestArrival", Ride(latest: Now.AddMinutes(-30)) },
        { "pickup", Ride(from: new PlaceRequest(35.68, 139.76)) },
        { "dropoff", Ride(to: new PlaceRequest(34.40, 131.32)) },
        { "passengers", Ride(passengers: 12) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_booking_is_a_400_problem_naming_the_field(string field, BookRideRequest request)
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);

        var response = await host.Staff.PostAsJsonAsync("/api/mobility/v1/rides", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Full_taxi_offers_alternatives_and_cancellation_frees_the_seats()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now, settings: OneTaxi());
        var first = await host.Staff.BookAsync(Ride(rider: "mob-p-001", passengers: 4));

        var second = await host.Staff.BookAsync(Ride(rider: "mob-p-002", passengers: 4));
        Assert.Equal("alternatives", second.Outcome);
        Assert.All(second.Alternatives, w => Assert.True(w.Start >= Now.AddHours(1).AddMinutes(30)));

        var cancel = await host.Staff.DeleteAsync($"/api/mobility/v1/rides/{first.RideId}");
        Assert.Equal("cancelled", (await cancel.Content.ReadFromJsonAsync<RideView>())!.Outcome);
        Assert.Equal("accepted", (await host.Staff.BookAsync(Ride(rider: "mob-p-002", passengers: 4))).Outcome);
    }

    [Fact]
    public async Task Phone_booking_needs_staff_sign_in()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsJsonAsync("/api/mobility/v1/rides/by-phone", Ride())).StatusCode);
        var booked = await host.StaffHttp().PostAsJsonAsync("/api/mobility/v1/rides/by-phone", Ride(rider: "mob-p-harada"));
        Assert.Equal("accepted", (await booked.Content.ReadFromJsonAsync<RideView>())!.Outcome);
    }

    [Fact]
    public async Task Partner_books_an_appointment_pickup_and_the_ride_home_as_linked_rides()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);
        using var partner = host.PartnerHttp();

        var response = await partner.PostAsJsonAsync("/api/mobility/v1/rides/partner", new PartnerBookingRequest
        {
            PartnerId = "clinic-yuda",
            Outbound = Ride(rider: "mob-p-003", from: Odono, to: Yuda, latest: Now.AddHours(2)),
            Return = Ride(rider: "mob-p-003", from: Yuda, to: Odono, earliest: Now.AddHours(3)),
        });

        var rides = (await response.Content.ReadFromJsonAsync<RideView[]>())!;
        Assert.Equal(["accepted", "accepted"], rides.Select(r => r.Outcome));
        Assert.Equal((rides[1].RideId, rides[0].RideId), (rides[0].LinkedRideId, rides[1].LinkedRideId));
    }

    [Fact]
    public async Task Rider_pseudonym_and_place_labels_never_reach_the_logs()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);

        var ride = await host.Staff.BookAsync(Ride(rider: "mob-p-harada-81", from: Odono with { Label = "Harada house, back door" }));
        await host.Staff.DeleteAsync($"/api/mobility/v1/rides/{ride.RideId}");

        Assert.Contains(host.LogLines, l => l.Contains(ride.RideId));
        Assert.DoesNotContain(host.LogLines, l => l.Contains("mob-p-harada-81") || l.Contains("Harada house"));
    }
}
