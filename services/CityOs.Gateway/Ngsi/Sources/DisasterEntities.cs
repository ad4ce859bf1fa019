namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>Disaster's open data as NGSI-LD entities. Gauges and alerts are placed at their district's approximate centre.</summary>
public static class DisasterEntities
{
    public static NgsiEntity Shelter(ShelterDto s) => new NgsiEntity("Shelter", s.Id)
        .Property("name", s.NameJa)
        .Property("nameEn", s.NameEn)
        .Property("district", s.District)
        .At(s.Lon, s.Lat)
        .Property("capacity", s.Capacity)
        .Property("occupancy", s.Occupancy, s.ObservedAt)
        .Property("occupancyPercent", s.OccupancyPercent, s.ObservedAt, "P1")
        .Property("congestion", s.Congestion, s.ObservedAt)
        .Property("open", s.Open)
        .Property("wheelchairAccessible", s.WheelchairAccessible)
        .Property("welfare", s.Welfare)
        .Property("pets", s.Pets);

    public static NgsiEntity Gauge(RiverStationDto s, DistrictDto? district)
    {
        var entity = new NgsiEntity("RiverGauge", s.StationId)
            .Property("district", s.District)
            .Property("waterLevel", s.LatestLevelMeters, s.LatestObservedAt, "MTR");
        return district is null ? entity : entity.At(district.Lon, district.Lat);
    }

    public static NgsiEntity Alert(AlertDto a, DistrictDto? district)
    {
        var entity = new NgsiEntity("Alert", a.Id.ToString("N"))
            .Property("district", a.District)
            .Property("alertLevel", a.Level, a.At)
            .Property("previousAlertLevel", a.PreviousLevel)
            .Relationship("refRiverGauge", NgsiIds.For("RiverGauge", a.StationId))
            .Property("waterLevel", a.LevelMeters, a.At, "MTR")
            .Property("dateIssued", a.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        return district is null ? entity : entity.At(district.Lon, district.Lat);
    }
}
