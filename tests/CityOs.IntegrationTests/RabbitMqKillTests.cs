namespace CityOs.IntegrationTests;

/// <summary>
/// kill -9 of the RabbitMQ node (its Erlang VM) in the middle of the heavy-rain drill, then a restart on the same
/// data: every affected resident still ends guided, assisted or unassisted with a reason; nothing is lost or booked twice.
/// </summary>
[Collection(DrillRun.Collection)]
public sealed class RabbitMqKillTests(ITestOutputHelper output)
{
    private const int Offset = 200;

    // This drill found a real loss: a Sensors publish on a channel that died with the broker waited for its
    // confirm forever, holding the MQTT reading until shutdown. Mqtt:HandlerAttemptTimeout now abandons and
    // retries such an attempt (MqttAttemptTimeoutTests shows the mechanism on its own).
    [Fact]
    public async Task Rabbitmq_killed_mid_drill_loses_no_message_and_books_no_ride_twice()
    {
        var people = HeavyRainDriver.Generate(DrillRun.PerDistrict, "rabbit");
        await using var topology = new Topology("faults-rabbit", Offset, "sqlite", output, DrillRun.Settings);
        await topology.StartAsync(DrillRun.Services, fresh: true);
        await using var run = DrillRun.On(topology, output);
        var driver = run.Driver;
        await driver.SetUpAsync(people);

        await driver.RainAsync(3);
        await Eventually.True(async () => (await driver.SummaryAsync())?.Guided > 0, TimeSpan.FromSeconds(60), "the first residents to be guided");
        topology.KillRabbitMq();

        // Published while the broker is dead: Sensors holds them (unacknowledged at mosquitto) until it is back.
        await driver.RainAsync(4);
        await driver.RainAsync(5);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await topology.StartRabbitMqAsync();

        var after = await driver.SettledAsync(5, TimeSpan.FromMinutes(3));
        output.WriteLine($"after the broker was killed: {after}");
        Assert.Equal(driver.ExpectedAffected, after.Affected);
        Assert.Equal(after.Affected, after.Guided);
        Assert.Equal(after.Affected, after.Assisted + after.Unassisted);
        Assert.Equal(after.Unassisted, after.UnassistedReasons.Values.Sum());
        Assert.DoesNotContain("unknown", after.UnassistedReasons.Keys);
        Assert.True(after.RidesScheduled > 0, "the drill must book rides, or it proves nothing about booking twice");
        Assert.Empty(await driver.MissingReadingsAsync());
        await EvacuationBookings.AssertNoneTwiceAsync(topology, output);
        await EvacuationBookings.AssertNoErrorQueueMessagesAsync(topology, output);
    }
}
