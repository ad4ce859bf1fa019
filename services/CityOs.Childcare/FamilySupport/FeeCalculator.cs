namespace CityOs.Childcare.FamilySupport;

/// <summary>
/// The hourly rate is the weekend/night rate when any part of the activity falls on a weekend or outside day hours;
/// time is charged in started half-hours, as the centres' fee tables do.
/// </summary>
public static class FeeCalculator
{
    public static (int YenPerHour, int FeeYen) Fee(DateTimeOffset start, int minutes, FamilySupportOptions options)
    {
        var local = start.ToOffset(options.UtcOffset);
        var end = local.AddMinutes(minutes);
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var night = local.Hour < options.DayStartsHour || end.TimeOfDay > TimeSpan.FromHours(options.DayEndsHour) || end.Date != local.Date;
        var rate = weekend || night ? options.WeekendOrNightYenPerHour : options.WeekdayYenPerHour;
        var halfHours = (int)Math.Ceiling(minutes / 30.0);
        return (rate, rate * halfHours / 2);
    }
}
