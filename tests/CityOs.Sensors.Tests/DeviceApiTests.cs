using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Tests;

public sealed class DeviceApiTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Devices = "/api/sensors/v1/devices";
    private ServiceFactory<SensorsEntryPoint> _service = null!;
    private HttpClient _http = null!;

    private sealed record DeviceView(string Id, string Type, string District, List<string> Topics, bool HasCredentials);

    private sealed record Credentials(DeviceView Device, string UserName, string? Password);

    public Task InitializeAsync()
    {
        _service = new ServiceFactory<SensorsEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, output);
        _http = _service.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Devices_from_the_data_file_are_listed_with_one_river_gauge_per_district()
    {
        var devices = await _http.GetFromJsonAsync<List<DeviceView>>(Devices);

        var gauges = devices!.Where(d => d.Type == "river-gauge").ToList();
        Assert.Equal(21, gauges.Count);
        Assert.Contains(gauges, g => g is { Id: "gauge-odono", District: "odono" } && g.Topics.SequenceEqual(["cityos/v1/river-gauges/gauge-odono/level"]));
        Assert.Contains(devices!, d => d.Type == "shelter-counter");
        Assert.Contains(devices!, d => d.Type == "vehicle");
        Assert.Contains(devices!, d => d.Type == "cycle-dock");
    }

    [Fact]
    public async Task Registering_a_device_issues_a_password_once_and_stores_only_its_hash()
    {
        var response = await _http.PostAsJsonAsync(Devices, new { id = "counter-test-1", type = "shelter-counter", district = "yuda" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/sensors/v1/devices/counter-test-1", response.Headers.Location?.ToString());
        var issued = await response.Content.ReadFromJsonAsync<Credentials>();
        Assert.Equal("counter-test-1", issued!.UserName);
        Assert.True(issued.Password?.Length >= DevicePassword.MinimumLength);
        Assert.Equal(["cityos/v1/shelter-counters/counter-test-1/occupancy"], issued.Device.Topics);

        var stored = await _http.GetStringAsync($"{Devices}/counter-test-1");
        Assert.Contains("\"hasCredentials\":true", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.Password!, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("$7$", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_with_a_chosen_password_does_not_echo_it()
    {
        var response = await _http.PostAsJsonAsync(Devices, new { id = "dock-test-1", type = "cycle-dock", district = "ogori", password = "a-long-enough-password" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null((await response.Content.ReadFromJsonAsync<Credentials>())!.Password);
    }

    [Theory]
    [InlineData("{\"id\":\"Bad Id\",\"type\":\"river-gauge\",\"district\":\"odono\"}", "id")]
    [InlineData("{\"id\":\"cityos-sensors\",\"type\":\"river-gauge\",\"district\":\"odono\"}", "id")]
    [InlineData("{\"id\":\"gauge-x\",\"type\":\"weather-station\",\"district\":\"odono\"}", "type")]
    [InlineData("{\"id\":\"gauge-x\",\"type\":\"river-gauge\",\"district\":\"atlantis\"}", "district")]
    [InlineData("{\"id\":\"gauge-x\",\"type\":\"river-gauge\",\"district\":\"odono\",\"password\":\"short\"}", "password")]
    [InlineData("{}", "id")]
    public async Task Bad_registration_is_refused_with_a_validation_problem_naming_the_field(string body, string field)
    {
        var response = await _http.PostAsync(Devices, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Registering_an_id_twice_is_a_conflict()
    {
        var response = await _http.PostAsJsonAsync(Devices, new { id = "gauge-odono", type = "river-gauge", district = "odono" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_device_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"{Devices}/gauge-nowhere")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsync($"{Devices}/gauge-nowhere/credentials", null)).StatusCode);
    }

    [Fact]
    public async Task Issuing_credentials_gives_a_seeded_device_a_new_password()
    {
        var response = await _http.PostAsync($"{Devices}/gauge-yuda/credentials", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<Credentials>();
        Assert.True(issued!.Device.HasCredentials);
        Assert.NotNull(issued.Password);
        var registry = (DeviceRegistry)_service.Services.GetService(typeof(DeviceRegistry))!;
        Assert.True(DevicePassword.Verify(issued.Password, (await registry.FindAsync("gauge-yuda", CancellationToken.None))!.PasswordHash));
    }
}
