using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Rides;

/// <summary>The demand-taxi fleet, read once at start-up; a broken file stops the service rather than booking onto no vehicles.</summary>
public sealed class Fleet
{
    public Fleet(IOptions<RideOptions> options, ServiceArea area)
    {
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.VehiclesFile);
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(RideOptions.Section, typeof(RideOptions), [$"Mobility:Rides:VehiclesFile '{path}' does not exist."]);
        }

        Vehicles = JsonSerializer.Deserialize<List<FleetVehicle>>(File.ReadAllText(path), JsonSerializerOptions.Web) ?? [];
        var unknown = Vehicles.Where(v => area.Find(v.Depot) is null).Select(v => v.VehicleId).ToList();
        if (Vehicles.Count == 0 || unknown.Count > 0)
        {
            throw new OptionsValidationException(RideOptions.Section, typeof(RideOptions), [$"'{path}' has no vehicles or unknown depots: {string.Join(", ", unknown)}."]);
        }
    }

    public IReadOnlyList<FleetVehicle> Vehicles { get; }

    public FleetVehicle? Find(string vehicleId) => Vehicles.FirstOrDefault(v => v.VehicleId == vehicleId);

    /// <summary>The largest party one vehicle can take.</summary>
    public bool CanCarry(int seats, bool wheelchair) =>
        Vehicles.Any(v => v.Seats >= seats && (!wheelchair || v.WheelchairPlaces > 0));
}
