namespace CityOs.Host.Demo;

/// <summary>
/// Runs the heavy-rain demo inside the running city, once per process, so the office can start an exercise from the
/// dashboard and watch the districts change. Counts only are kept; the synthetic residents stay in the domains.
/// </summary>
public sealed class DemoRunner(IServiceProvider services, ILogger<DemoRunner> logger)
{
    private readonly Lock _lock = new();
    private Task? _run;

    public string State { get; private set; } = "idle";

    public DemoReport? Report { get; private set; }

    /// <summary>Starts the demo in the background; false when it already ran or is running in this process.</summary>
    public bool TryStart(int residents)
    {
        lock (_lock)
        {
            if (_run is not null)
            {
                return false;
            }

            State = "running";
            _run = Task.Run(() => RunAsync(residents));
            return true;
        }
    }

    private async Task RunAsync(int residents)
    {
        try
        {
            Report = await new HeavyRainDemo(services, TextWriter.Null).RunAsync(new DemoArguments("heavy-rain", residents, null, 20261126));
            State = "done";
            logger.LogInformation("Heavy-rain exercise done: {Affected} affected, {Guided} guided", Report.Affected, Report.Guided);
        }
        catch (Exception ex)
        {
            State = "failed";
            logger.LogError(ex, "Heavy-rain exercise failed");
        }
    }
}
