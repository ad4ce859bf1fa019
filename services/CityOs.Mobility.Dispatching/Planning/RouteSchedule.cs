namespace CityOs.Mobility.Dispatching.Planning;

/// <summary>The timed route of one vehicle; waiting is placed so as to keep ride times short.</summary>
public sealed record RouteSchedule(int Vehicle, double Departure, double Return, IReadOnlyList<ScheduledStop> Stops)
{
    public double Duration => Return - Departure;
}
