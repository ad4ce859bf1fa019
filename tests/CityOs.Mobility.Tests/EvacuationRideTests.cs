using System.Collections.Concurrent;
using CityOs.Contracts.Evacuation;
using CityOs.Mobility.Rides;
using CityOs.Mobility.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static CityOs.Mobility.Tests.Support.RideFixtures;

namespace CityOs.Mobility.Tests;

public sealed class EvacuationRideTests(ITestOutputHelper output)
{
    private static RequestEvacuationRide Request(Guid id, int passengers = 2, int arriveWithinMinutes = 60, DateTimeOffset? at = null) => new()
    {
        RequestId = id, MobilityPseudonym = "mob-p-evac", PickupLatitude = 34.187, PickupLongitude = 131.477, ShelterId = "shelter-yuda-es",
        DropoffLatitude = 34.160, DropoffLongitude = 131.453, Passengers = passengers, District = "odono", LatestArrival = (at ?? Now).AddMinutes(arriveWithinMinutes), LedgerSequence = 42,
    };

    /// <summary>Listens on the in-memory bus for Mobility's answers, as Disaster would.</summary>
    private static ConcurrentQueue<object> Answers(MobilityHost host)
    {
        var answers = new ConcurrentQueue<object>();
        var handle = host.Services.GetRequiredService<IReceiveEndpointConnector>().ConnectReceiveEndpoint($"test-disaster-{Guid.NewGuid():N}", (_, e) =>
        {
            e.Handler<EvacuationRideScheduled>(c => { answers.Enqueue(c.Message); return Task.CompletedTask; });
            e.Handler<EvacuationRideDeclined>(c => { answers.Enqueue(c.Message); return Task.CompletedTask; });
        });
        handle.Ready.GetAwaiter().GetResult();
        return answers;
    }

    [Fact]
    public async Task Evacuation_ride_is_scheduled_and_answered_with_window_and_vehicle()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);
        var answers = Answers(host);
        var id = Guid.NewGuid();

        await host.PublishAsync(Request(id));

        await Eventually.True(() => Task.FromResult(!answers.IsEmpty), TimeSpan.FromSeconds(20), "an evacuation answer");
        var scheduled = Assert.IsType<EvacuationRideScheduled>(Assert.Single(answers));
        Assert.Equal((id, EvacuationBook.RideIdOf(id)), (scheduled.RequestId, scheduled.RideId));
        Assert.True(scheduled.PickupWindowStart >= Now && scheduled.PickupWindowEnd <= Now.AddHours(1));
    }

    [Theory]
    [InlineData(22, 0)]
    [InlineData(22, 30)]
    [InlineData(23, 40)]
    public async Task An_evacuation_late_in_the_evening_is_driven_tonight_even_when_its_deadline_is_after_midnight(int hour, int minute)
    {
        // A deadline two hours on is tomorrow's date; the ride is still tonight's, and the driver finishes it past the shift's end.
        var late = new DateTimeOffset(2026, 11, 26, hour, minute, 0, TimeSpan.FromHours(9));
        await using var host = new MobilityHost(output, seed: false, now: late, settings: OneTaxi("00:00", "23:59"));
        var answers = Answers(host);

        await host.PublishAsync(Request(Guid.NewGuid(), arriveWithinMinutes: 120, at: late));

        await Eventually.True(() => Task.FromResult(!answers.IsEmpty), TimeSpan.FromSeconds(20), "an evacuation answer");
        var scheduled = Assert.IsType<EvacuationRideScheduled>(Assert.Single(answers));
        Assert.True(scheduled.PickupWindowStart >= late && scheduled.PickupWindowEnd <= late.AddHours(2), $"{scheduled.PickupWindowStart}-{scheduled.PickupWindowEnd}");
    }

    [Fact]
    public async Task Evacuation_ride_displaces_an_ordinary_ride_whose_rider_gets_a_status_and_an_alternative()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now, settings: OneTaxi());
        var answers = Answers(host);
        // The taxi cannot carry both parties at once, nor do one trip before the other in time.
        var ordinary = await host.Staff.BookAsync(Ride(earliest: Now.AddMinutes(5), passengers: 4));
        Assert.Equal("accepted", ordinary.Outcome);

        await host.PublishAsync(Request(Guid.NewGuid(), arriveWithinMinutes: 25));

        await Eventually.True(() => Task.FromResult(!answers.IsEmpty), TimeSpan.FromSeconds(20), "an evacuation answer");
        Assert.Equal("dt-test-1", Assert.IsType<EvacuationRideScheduled>(Assert.Single(answers)).VehicleId);
        var displaced = await host.Staff.RideAsync(ordinary.RideId);
        Assert.Equal(("displaced", "evacuation-priority"), (displaced.Outcome, displaced.Reason));
        Assert.NotEmpty(displaced.Alternatives);
    }

    [Fact]
    public async Task Redelivered_evacuation_request_books_once_and_gets_the_same_answer()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now, settings: OneTaxi());
        var answers = Answers(host);
        var id = Guid.NewGuid();

        await host.PublishAsync(Request(id, passengers: 1));
        await Eventually.True(() => Task.FromResult(answers.Count == 1), TimeSpan.FromSeconds(20), "the first answer");
        await host.PublishAsync(Request(id, passengers: 1));
        await Eventually.True(() => Task.FromResult(answers.Count == 2), TimeSpan.FromSeconds(20), "the second answer");

        Assert.Equal(2, answers.OfType<EvacuationRideScheduled>().Count());
        Assert.Single(answers.OfType<EvacuationRideScheduled>().Select(a => (a.RideId, a.VehicleId, a.PickupWindowStart)).Distinct());
        var store = host.Services.GetRequiredService<RideStore>();
        Assert.Single(await store.ListAsync(CancellationToken.None));
        var (plan, _) = await store.GetPlanAsync(RideClock.DayOf(Now), host.Services.GetRequiredService<Fleet>().Vehicles, CancellationToken.None);
        Assert.Equal(2, plan.Routes.Single().Stops.Count);
    }
}
