using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CityOs.Web.Tests.Support;

/// <summary>What the disaster desk does for a resident who needs help: register them and confirm a plan.</summary>
public sealed class DisasterDesk(LiveCity city)
{
    private string? _token;

    /// <summary>Registers the resident (same name and birth date as at the counter: Consent knows them as one person) and confirms the proposed plan.</summary>
    public async Task<JsonObject> RegisterWithPlanAsync(string name, string birthDate, string district, params string[] needs)
    {
        var http = await HttpAsync();
        var registered = await http.PostAsJsonAsync("/api/disaster/v1/registry", new { name, birthDate, address = "山口市大殿1-1", phone = "083-000-0000", district, needs, careLevel = "care-2", staffId = "staff01" });
        registered.EnsureSuccessStatusCode();
        var pseudonym = (await registered.Content.ReadFromJsonAsync<JsonObject>())!["pseudonym"]!.GetValue<string>();
        (await http.PostAsync($"/api/disaster/v1/plans/{pseudonym}/propose", null)).EnsureSuccessStatusCode();
        var confirmed = await http.PostAsJsonAsync($"/api/disaster/v1/plans/{pseudonym}/confirm", new { staffId = "staff01" });
        confirmed.EnsureSuccessStatusCode();
        return (await confirmed.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonArray> SafetySummaryAsync() =>
        (await (await HttpAsync()).GetFromJsonAsync<JsonArray>("/api/disaster/v1/safety/summary"))!;

    public async Task<JsonObject> ShelterAsync(string shelterId) =>
        (await (await HttpAsync()).GetFromJsonAsync<JsonObject>($"/api/disaster/v1/shelters/{shelterId}"))!;

    private async Task<HttpClient> HttpAsync()
    {
        _token ??= await CityTokens.StaffAsync(city.Host.CreateClient(), DemoAccounts.Staff);
        return city.Host.CreateClient().WithToken(_token);
    }
}
