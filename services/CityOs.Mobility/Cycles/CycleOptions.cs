namespace CityOs.Mobility.Cycles;

/// <summary>Bound from <c>Mobility</c>.</summary>
public sealed class CycleOptions
{
    public const string Section = "Mobility";

    /// <summary>Dock catalogue; relative paths resolve against the application's folder, where the build copies data/cycles/docks.json.</summary>
    public string CycleDocksFile { get; set; } = "data/cycles/docks.json";
}
