namespace CityOs.Mobility.Rides;

/// <summary>The dispatcher counts minutes from local midnight of the operating day; Japan has one offset and no summer time.</summary>
public static class RideClock
{
    public static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(Jst).DateTime);

    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Jst);

    public static double Minutes(DateOnly day, DateTimeOffset time) => (time - Midnight(day)).TotalMinutes;

    public static double Minutes(TimeOnly time) => time.ToTimeSpan().TotalMinutes;

    /// <summary>Rounded to the minute so promises read well and stored plans compare equal.</summary>
    public static DateTimeOffset At(DateOnly day, double minutes) => Midnight(day).AddMinutes(Math.Round(minutes));
}
