namespace CityOs.Host.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Run simulated field devices while the city runs, so a fresh start shows live data.</summary>
    public bool SimulateSensors { get; set; } = true;

    /// <summary>Real time between two readings of each device.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Simulated time per real time: 60 plays an hour of the storm in a minute.</summary>
    public double TimeCompression { get; set; } = 60;

    /// <summary>Simulated calm before the heavy rain begins; the whole event then repeats every <see cref="HeavyRainScenario.CycleHours"/> simulated hours.</summary>
    public TimeSpan RainStartsAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where the simulated devices stand (stations with thresholds, shelters, vehicle routes, docks).</summary>
    public string SitesFile { get; set; } = "data/demo/sensor-sites.json";
}
