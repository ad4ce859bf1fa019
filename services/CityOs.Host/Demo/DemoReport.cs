namespace CityOs.Host.Demo;

/// <summary>The demo's result, written as JSON (camelCase). Counts only.</summary>
public sealed record DemoReport
{
    public required int Residents { get; init; }

    public required int SupportNeeding { get; init; }

    public required int Affected { get; init; }

    public required int MaxAlertLevel { get; init; }

    public required int Guided { get; init; }

    public required int Assisted { get; init; }

    public required int Unassisted { get; init; }

    public required IReadOnlyDictionary<string, int> UnassistedReasons { get; init; }

    /// <summary>Part of assisted: a ride was requested after an allowed link, Mobility has not scheduled it yet.</summary>
    public required int WaitingForVehicle { get; init; }

    public required int RidesScheduled { get; init; }

    public required long LinkRequests { get; init; }

    public required long LinkAllowed { get; init; }

    public required long LinkDenied { get; init; }

    public required int BreakGlassAccesses { get; init; }

    public required long LedgerEntries { get; init; }

    public required bool LedgerVerified { get; init; }

    public required long AlertToAllPlansMs { get; init; }

    /// <summary>CPU the whole process used from the first reading to settled guidance (all cores, the 300 ms settle check included).</summary>
    public required long AlertToAllPlansCpuMs { get; init; }

    public required string LoadAverage { get; init; }

    public required IReadOnlyDictionary<string, double> SetupSeconds { get; init; }

    public required string RiverReadingsPath { get; init; }
}
