using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using CityOs.Testing.Identity;

namespace CityOs.IntegrationTests;

/// <summary>
/// The heavy-rain scenario driven from outside, as the city would: staff enrol residents and record consents in
/// Consent, import the registry into Disaster, and river gauges publish over MQTT to Sensors. Works against the
/// all-in-one host (one base address) and the distributed topology (one per service) alike. <paramref name="consent"/>
/// is signed in as a counter clerk, <paramref name="disaster"/> as the disaster desk (role staff).
/// </summary>
public sealed class HeavyRainDriver(HttpClient consent, HttpClient colleague, HttpClient disaster, HttpClient sensors, string mqttHost, int mqttPort, bool deviceCredentials, ITestOutputHelper output)
{
    public static readonly string[] Level3 = ["odono", "shiraishi", "yuda", "miyano", "hirakawa", "otoshi", "sue", "natajima", "aiofutajima", "ogori"];
    public static readonly string[] Level4 = ["ogori", "hirakawa", "otoshi", "natajima", "aiofutajima"];
    public static readonly string[] Level5 = ["natajima"];
    private static readonly string[] Unaffected = ["ato", "tokuji"];
    private static readonly string[] NeedMix = ["wheelchair", "dementia", "visual", "bedridden", "hearing", "dementia", "wheelchair;dementia", "infant-care", "dementia", "hearing"];
    private readonly Dictionary<string, GaugeDevice> _gauges = new(StringComparer.Ordinal);
    private readonly List<(string Station, string ReadingId)> _readings = [];

    public sealed record Person(string Name, string BirthDate, string Address, string District, string Needs);

    public sealed record Summary(int Affected, int Guided, int Assisted, int WaitingForVehicle, int RidesScheduled, int Unassisted, Dictionary<string, int> UnassistedReasons, int MaxAlertLevel)
    {
        public override string ToString() =>
            $"affected {Affected}, guided {Guided}, assisted {Assisted} (waiting {WaitingForVehicle}, rides {RidesScheduled}), unassisted {Unassisted} [{string.Join(", ", UnassistedReasons.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))}], max level {MaxAlertLevel}";
    }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public int ExpectedAffected => People.Count(p => Level3.Contains(p.District));

    /// <summary>The readings published so far (station, reading id), to prove none was lost.</summary>
    public IReadOnlyList<(string Station, string ReadingId)> Readings => _readings;

    /// <summary>Deterministic residents: <paramref name="perDistrict"/> in each affected district, a few in two others.</summary>
    public static IReadOnlyList<Person> Generate(int perDistrict, string tag)
    {
        var people = new List<Person>();
        var index = 0;
        foreach (var district in Level3.Concat(Unaffected))
        {
            var count = Unaffected.Contains(district) ? 3 : perDistrict;
            for (var i = 0; i < count; i++, index++)
            {
                people.Add(new Person(
                    $"試験 {tag}{index.ToString("D4", CultureInfo.InvariantCulture)}",
                    new DateOnly(1930, 1, 1).AddDays(index * 37 % (365 * 35)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    $"山口市{district}{1 + index}番地",
                    district,
                    NeedMix[index % NeedMix.Length]));
            }
        }

        return people;
    }

    /// <summary>About 60% consent to evacuation rides (one in six of them later withdraws), then the registry import.</summary>
    public async Task SetUpAsync(IReadOnlyList<Person> people)
    {
        People = people;
        var notice = (await consent.GetFromJsonAsync<JsonObject>("/api/consent/v1/purposes"))!["version"]!.GetValue<string>();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (person, ct) =>
        {
            var roll = Roll(person.Name);
            if (roll >= 0.60)
            {
                return;
            }

            var enrolled = await PostAsync(consent, "/api/consent/v1/residents", new { name = person.Name, birthDate = person.BirthDate, address = person.Address, district = person.District, enrolledVia = "counter", staffId = "drill-staff" }, ct);
            var residentId = enrolled["residentId"]!.GetValue<string>();
            // The counter clerk acts for the resident only through a proxy relationship, recorded by a colleague.
            await PostAsync(colleague, $"/api/consent/v1/residents/{residentId}/proxies", new { proxyStaffId = DemoAccounts.Counter.UserName, relationship = "Counter" }, ct);
            var granted = await PostAsync(consent, $"/api/consent/v1/residents/{residentId}/consents", new { purposeId = "evacuation-ride", method = "CounterWithStaff", staffId = "drill-staff", noticeVersion = notice }, ct);
            if (roll < 0.10)
            {
                await PostAsync(consent, $"/api/consent/v1/residents/{residentId}/consents/{granted["id"]!.GetValue<string>()}/withdraw", new { expectedVersion = 1, method = "CounterWithStaff", staffId = "drill-staff" }, ct);
            }
        });

        var csv = new StringBuilder("name,birth_date,address,phone,district,needs,care_level\n");
        foreach (var p in people)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{p.Name},{p.BirthDate},{p.Address},,{p.District},{p.Needs},{(p.Needs.Contains("bedridden", StringComparison.Ordinal) ? "care-5" : "care-2")}\n");
        }

        using var response = await disaster.PostAsync("/api/disaster/v1/registry/import?staffId=drill-staff", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var report = await response.Content.ReadFromJsonAsync<JsonObject>();
        response.EnsureSuccessStatusCode();
        Assert.Equal(0, report!["refused"]!.GetValue<int>());
        Assert.Equal(people.Count, report["imported"]!.GetValue<int>() + report["alreadyRegistered"]!.GetValue<int>());

        foreach (var district in Level3)
        {
            var deviceId = $"drill-{Guid.NewGuid().ToString("N")[..6]}-{district}";
            var credentials = await DeviceRegistration.RegisterAsync(sensors, deviceId, "river-gauge", district);
            _gauges[district] = deviceCredentials ? new GaugeDevice(mqttHost, mqttPort, credentials) : new GaugeDevice(mqttHost, mqttPort, deviceId);
        }

        output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] set up: {people.Count} registered, {ExpectedAffected} in the districts that will be affected");
    }

    /// <summary>Gauges read just above the level's threshold: 3 in ten districts, then 4 in five, then 5 in one.</summary>
    public async Task RainAsync(int level)
    {
        var thresholds = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepoRoot, "data", "gauges.json")))!["gauges"]!.AsArray()
            .ToDictionary(g => g!["stationId"]!.GetValue<string>(), g => g!.AsObject());
        var (districts, key, margin) = level switch
        {
            3 => (Level3, "evacuationJudgementM", 0.05),
            4 => (Level4, "floodDangerM", 0.05),
            _ => (Level5, "floodingM", 0.1),
        };
        foreach (var district in districts)
        {
            var station = $"gauge-{district}";
            var reading = await _gauges[district].PublishAsync(station, district, Math.Round(thresholds[station][key]!.GetValue<double>() + margin, 2));
            _readings.Add((station, reading));
        }

        output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] rain: level {level} readings published in {districts.Length} districts");
    }

    public async Task<Summary?> SummaryAsync() =>
        await disaster.GetFromJsonAsync<Summary>("/api/disaster/v1/guidance/summary");

    /// <summary>
    /// Waits until every affected resident is guided, every ride request is answered, nobody is left waiting
    /// on an unanswered consent question (Consent is up at the end of every drill, and Disaster asks again),
    /// and <paramref name="level"/> is reached, held for 3 s.
    /// </summary>
    public async Task<Summary> SettledAsync(int level, TimeSpan timeout)
    {
        Summary? last = null;
        DateTime? stableSince = null;
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var now = await SummaryAsync();
                var done = now is { WaitingForVehicle: 0 } && now.MaxAlertLevel == level && now.Affected == ExpectedAffected && now.Guided == now.Affected
                    && !now.UnassistedReasons.ContainsKey("consent-unavailable");
                var same = now?.ToString() == last?.ToString();
                stableSince = done && same ? stableSince ?? DateTime.UtcNow : done ? DateTime.UtcNow : null;
                if (!same)
                {
                    output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] {now}");
                }

                last = now;
                if (stableSince is { } since && DateTime.UtcNow - since >= TimeSpan.FromSeconds(3))
                {
                    return now!;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] summary not available: {ex.Message}");
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The scenario did not settle in {timeout.TotalSeconds:0} s; last: {last}");
    }

    /// <summary>Every reading published reached Disaster's record of its station.</summary>
    public async Task<IReadOnlyList<string>> MissingReadingsAsync()
    {
        var missing = new List<string>();
        foreach (var station in _readings.GroupBy(r => r.Station))
        {
            var view = await disaster.GetFromJsonAsync<JsonObject>($"/api/disaster/v1/river-levels/{station.Key}");
            var seen = view!["recent"]!.AsArray().Select(r => r!["readingId"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(station.Select(r => r.ReadingId).Where(id => !seen.Contains(id)));
        }

        return missing;
    }

    public async ValueTask DisposeGaugesAsync()
    {
        foreach (var gauge in _gauges.Values)
        {
            await gauge.DisposeAsync();
        }
    }

    private static async Task<JsonObject> PostAsync(HttpClient http, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A stable number in [0, 1) per person, so reruns make the same choices in any thread order.</summary>
    private static double Roll(string name) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0) / (double)uint.MaxValue;
}
