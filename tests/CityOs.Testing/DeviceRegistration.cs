using System.Net.Http.Json;

namespace CityOs.Testing;

/// <summary>Registers a device through the Sensors API (<c>POST /api/sensors/v1/devices</c>), as the city office does before installing one.</summary>
public static class DeviceRegistration
{
    private sealed record Issued(string UserName, string? Password);

    public static async Task<DeviceCredentials> RegisterAsync(HttpClient sensors, string deviceId, string type, string district)
    {
        var response = await sensors.PostAsJsonAsync("/api/sensors/v1/devices", new { id = deviceId, type, district });
        response.EnsureSuccessStatusCode();
        var issued = await response.Content.ReadFromJsonAsync<Issued>() ?? throw new InvalidOperationException("Empty registration answer.");
        return new DeviceCredentials(issued.UserName, issued.Password);
    }
}
