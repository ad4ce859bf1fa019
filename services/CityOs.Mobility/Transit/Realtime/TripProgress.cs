namespace CityOs.Mobility.Transit.Realtime;

/// <summary>
/// Where a fix puts a vehicle on its trip, and when the timetable expected it there (seconds of the
/// service day): a window from arrival to departure while standing at a stop, one instant in between.
/// </summary>
public sealed record TripProgress(int StopIndex, VehicleStopStatus Status, double ScheduledFrom, double ScheduledTo)
{
    /// <summary>Seconds late (positive) or early (negative); standing at a stop inside its window is on time.</summary>
    public int DelayAt(double observedSeconds) => (int)Math.Round(
        observedSeconds < ScheduledFrom ? observedSeconds - ScheduledFrom
        : observedSeconds > ScheduledTo ? observedSeconds - ScheduledTo
        : 0);
}
