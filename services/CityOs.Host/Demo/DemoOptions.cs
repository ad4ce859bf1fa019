namespace CityOs.Host.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Publish simulated gauge readings while the city runs, so a fresh start shows live data.</summary>
    public bool SimulateSensors { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
}
