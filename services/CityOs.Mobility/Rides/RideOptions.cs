namespace CityOs.Mobility.Rides;

/// <summary>Bound from <c>Mobility:Rides</c>.</summary>
public sealed class RideOptions
{
    public const string Section = "Mobility:Rides";

    /// <summary>Fleet; relative paths resolve against the application's folder, where the build copies data/mobility/vehicles.json.</summary>
    public string VehiclesFile { get; set; } = "data/mobility/vehicles.json";

    public string DistrictsFile { get; set; } = "data/districts.csv";

    /// <summary>Average door-to-door speed on Yamaguchi's roads, detours included by the travel model.</summary>
    public double SpeedKmPerHour { get; set; } = 30;

    /// <summary>A place farther than this from every district centre is outside the service area.</summary>
    public double MaxKmFromDistrictCentre { get; set; } = 12;

    /// <summary>Width of the pickup window a rider is promised.</summary>
    public int PickupWindowMinutes { get; set; } = 15;

    /// <summary>How far ahead a ride can be booked.</summary>
    public int BookingHorizonDays { get; set; } = 7;

    public TimeSpan ImproveEvery { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ImproveBudget { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Minutes of boarding or alighting per stop; more with a wheelchair.</summary>
    public double StopMinutes { get; set; } = 1;

    public double WheelchairStopMinutes { get; set; } = 4;
}
