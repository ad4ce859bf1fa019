namespace CityOs.IntegrationTests;

/// <summary>
/// kill -9 of Disaster, Mobility and Sensors in the middle of the heavy-rain drill, each a real process of the distributed
/// topology: restarted, they carry on from their stores and the queues, and the drill ends as an undisturbed one does.
/// </summary>
[Collection(DrillRun.Collection)]
public sealed class ServiceCrashTests(ITestOutputHelper output)
{
    private const int Offset = 300;

    [Fact]
    public async Task Disaster_mobility_and_sensors_killed_mid_drill_resume_and_end_with_the_counts_of_an_undisturbed_run()
    {
        var people = HeavyRainDriver.Generate(DrillRun.PerDistrict, "crash");
        var undisturbed = await DrillRun.UndisturbedAsync(people, output);

        await using var topology = new Topology("faults-crash", Offset, "sqlite", output, DrillRun.Settings);
        await topology.StartAsync(DrillRun.Services, fresh: true);
        await using var run = DrillRun.On(topology, output);
        var driver = run.Driver;
        await driver.SetUpAsync(people);

        await driver.RainAsync(3);
        await Eventually.True(async () => (await driver.SummaryAsync())?.Guided > 0, TimeSpan.FromSeconds(60), "the first residents to be guided");
        await topology.KillAsync("disaster,mobility,sensors");

        // Raised while all three are down: mosquitto holds them for Sensors' persistent session (QoS1) until it is back.
        await driver.RainAsync(4);
        await driver.RainAsync(5);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await topology.StartAsync(DrillRun.Services);

        var after = await driver.SettledAsync(5, TimeSpan.FromMinutes(3));
        output.WriteLine($"after the crash: {after}");
        // The same outcome for every resident, except which vehicle-needing residents got the last seats: Mobility
        // places requests in arrival order, and a restart changes that order. The vehicle demand itself must match.
        Assert.Equal((undisturbed.Affected, undisturbed.Guided, undisturbed.MaxAlertLevel), (after.Affected, after.Guided, after.MaxAlertLevel));
        Assert.Equal(undisturbed.Assisted - undisturbed.RidesScheduled, after.Assisted - after.RidesScheduled);
        Assert.Equal(Without(undisturbed.UnassistedReasons, "no-vehicle"), Without(after.UnassistedReasons, "no-vehicle"));
        Assert.Equal(undisturbed.RidesScheduled + undisturbed.UnassistedReasons.GetValueOrDefault("no-vehicle"), after.RidesScheduled + after.UnassistedReasons.GetValueOrDefault("no-vehicle"));
        Assert.True(after.RidesScheduled > 0, "the drill must book rides, or it proves nothing about booking twice");
        Assert.Empty(await driver.MissingReadingsAsync());
        await EvacuationBookings.AssertNoneTwiceAsync(topology, output);
        await EvacuationBookings.AssertNoErrorQueueMessagesAsync(topology, output);
    }

    private static string Without(Dictionary<string, int> reasons, string reason) =>
        string.Join(", ", reasons.Where(r => r.Key != reason).OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"));
}
