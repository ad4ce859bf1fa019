using System.ComponentModel.DataAnnotations;

namespace CityOs.Childcare.FamilySupport;

/// <summary>Fees members pay each other directly (the centre only records them), and how far a provider is asked to travel.</summary>
public sealed class FamilySupportOptions
{
    public const string Section = "Childcare:FamilySupport";

    [Range(0, 100_000)]
    public int WeekdayYenPerHour { get; set; } = 700;

    /// <summary>Saturdays, Sundays and hours outside <see cref="DayStartsHour"/>–<see cref="DayEndsHour"/>.</summary>
    [Range(0, 100_000)]
    public int WeekendOrNightYenPerHour { get; set; } = 900;

    public int DayStartsHour { get; set; } = 7;

    public int DayEndsHour { get; set; } = 19;

    public double MaxDistanceKm { get; set; } = 5;

    /// <summary>Local time of the city; requests and availability are in it.</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(9);
}
