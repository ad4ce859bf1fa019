namespace CityOs.Disaster.Shelters;

/// <summary>Open-data view of a shelter's congestion: counts and facilities, nothing about who is there.</summary>
public sealed record ShelterView(
    string Id,
    string NameJa,
    string NameEn,
    string District,
    double Lat,
    double Lon,
    int Capacity,
    int Occupancy,
    double OccupancyPercent,
    string Congestion,
    bool Open,
    bool WheelchairAccessible,
    bool Welfare,
    bool Pets,
    DateTimeOffset? ObservedAt)
{
    public static ShelterView From(Shelter s)
    {
        var percent = s.Capacity == 0 ? 100 : Math.Round(100.0 * s.Occupancy / s.Capacity, 1);
        var congestion = !s.Open ? "closed" : percent >= 100 ? "full" : percent >= 80 ? "crowded" : "available";
        return new ShelterView(s.Id, s.NameJa, s.NameEn, s.District, s.Lat, s.Lon, s.Capacity, s.Occupancy, percent, congestion,
            s.Open, s.WheelchairAccessible, s.Welfare, s.Pets, s.OccupancyObservedAt);
    }
}
