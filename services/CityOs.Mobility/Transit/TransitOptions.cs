namespace CityOs.Mobility.Transit;

/// <summary>Bound from <c>Mobility</c>.</summary>
public sealed class TransitOptions
{
    public const string Section = "Mobility";

    /// <summary>
    /// A GTFS(-JP) feed folder imported at start-up when the store has no feed yet; relative paths resolve
    /// against the application's folder. Unset: the service waits for a feed uploaded by staff.
    /// </summary>
    public string? GtfsSeedFolder { get; set; }
}
