using System.Globalization;
using CityOs.Host;

using CityOs.Testing.Identity;

namespace CityOs.IntegrationTests;

/// <summary>One heavy-rain drill: its clients and driver on the distributed topology, or the undisturbed run on the all-in-one host.</summary>
internal sealed class DrillRun : IAsyncDisposable
{
    /// <summary>The fault drills run one after another: each starts a broker and several services, and the machine has two cores.</summary>
    public const string Collection = "fault drills";
    public const string Services = "gateway,consent,disaster,mobility,sensors";
    public const int PerDistrict = 8;
    private readonly List<IDisposable> _owned = [];

    private DrillRun(HeavyRainDriver driver) => Driver = driver;

    public HeavyRainDriver Driver { get; }

    /// <summary>
    /// The city's fleet with round-the-clock shifts: its real shifts (07:00-19:00 JST) would decline every ride of a
    /// drill run in the evening, and a drill that books no ride proves nothing about booking twice.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Mobility:Rides:VehiclesFile"] = AllDayFleet(),
    };

    private static string AllDayFleet()
    {
        var fleet = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "data", "mobility", "vehicles.json")))!.AsArray();
        foreach (var vehicle in fleet)
        {
            vehicle!["shiftStart"] = "00:00";
            vehicle["shiftEnd"] = "23:59";
        }

        var path = Path.Combine(Path.GetTempPath(), $"cityos-drill-fleet-{Environment.ProcessId}.json");
        File.WriteAllText(path, fleet.ToJsonString());
        return path;
    }

    public static DrillRun On(Topology topology, ITestOutputHelper output)
    {
        HttpClient consent = topology.CounterClient("consent"), colleague = topology.ColleagueClient("consent"), disaster = topology.StaffClient("disaster"), sensors = topology.Client("sensors");
        var run = new DrillRun(new HeavyRainDriver(consent, colleague, disaster, sensors, "127.0.0.1", topology.MqttPort, deviceCredentials: false, output));
        run._owned.AddRange([consent, colleague, disaster, sensors]);
        return run;
    }

    /// <summary>
    /// The same residents and rain on the all-in-one host (in-memory bus, embedded broker, SQLite), nothing killed:
    /// level 3 first and settled, then levels 4 and 5, the order the drills follow.
    /// </summary>
    public static async Task<HeavyRainDriver.Summary> UndisturbedAsync(IReadOnlyList<HeavyRainDriver.Person> people, ITestOutputHelper output)
    {
        var mqttPort = TestEnvironment.FreeTcpPort();
        await using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Mqtt:Mode"] = "Embedded",
            ["Mqtt:Host"] = "127.0.0.1",
            ["Mqtt:Port"] = mqttPort.ToString(CultureInfo.InvariantCulture),
            ["Demo:SimulateSensors"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Mobility:Rides:VehiclesFile"] = Settings["Mobility:Rides:VehiclesFile"],
            ["Identity:AppOrigins:0"] = "http://localhost",
        });
        using var http = host.CreateClient();
        await RiverLevelPathTests.WaitHealthyAsync(http);
        using var counter = host.CreateStaffClient(DemoAccounts.Counter);
        using var colleague = host.CreateStaffClient(DemoAccounts.SecondCounter);
        using var desk = host.CreateStaffClient(DemoAccounts.Staff);
        var driver = new HeavyRainDriver(counter, colleague, desk, http, "127.0.0.1", mqttPort, deviceCredentials: true, output);
        await driver.SetUpAsync(people);
        await driver.RainAsync(3);
        await driver.SettledAsync(3, TimeSpan.FromMinutes(2));
        await driver.RainAsync(4);
        await driver.RainAsync(5);
        var summary = await driver.SettledAsync(5, TimeSpan.FromMinutes(2));
        await driver.DisposeGaugesAsync();
        output.WriteLine($"undisturbed (all-in-one host): {summary}");
        return summary;
    }

    public async ValueTask DisposeAsync()
    {
        await Driver.DisposeGaugesAsync();
        _owned.ForEach(d => d.Dispose());
    }
}
