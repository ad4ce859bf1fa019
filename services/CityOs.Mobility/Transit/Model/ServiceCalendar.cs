namespace CityOs.Mobility.Transit.Model;

/// <summary>calendar.txt and calendar_dates.txt for one service_id.</summary>
public sealed record ServiceCalendar
{
    public required string ServiceId { get; init; }

    /// <summary>Monday first, as in calendar.txt; all false when the service has only calendar_dates.</summary>
    public required bool[] Weekdays { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public List<DateOnly> Added { get; init; } = [];

    public List<DateOnly> Removed { get; init; } = [];

    public bool RunsOn(DateOnly date)
    {
        if (Added.Contains(date))
        {
            return true;
        }

        if (Removed.Contains(date) || StartDate is null || EndDate is null || date < StartDate || date > EndDate)
        {
            return false;
        }

        return Weekdays[((int)date.DayOfWeek + 6) % 7];
    }
}
