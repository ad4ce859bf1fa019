using System.Text.Json;

namespace CityOs.Host.Demo;

/// <summary>data/demo/sensor-sites.json: every simulated device and where it stands.</summary>
public sealed record SensorSites(IReadOnlyList<RiverSite> Rivers, IReadOnlyList<ShelterSite> Shelters, IReadOnlyList<VehicleSite> Vehicles, IReadOnlyList<DockSite> Docks)
{
    public IEnumerable<string> DeviceIds =>
        Rivers.Select(r => r.DeviceId).Concat(Shelters.Select(s => s.DeviceId)).Concat(Vehicles.Select(v => v.DeviceId)).Concat(Docks.Select(d => d.DeviceId));

    public static SensorSites Load(string path) =>
        JsonSerializer.Deserialize<SensorSites>(File.ReadAllText(path), JsonSerializerOptions.Web) ?? throw new FormatException($"{path} is empty.");
}
