namespace CityOs.Gateway.Ngsi;

/// <summary>A WGS 84 point in GeoJSON order (longitude first), as NGSI-LD carries it.</summary>
public readonly record struct GeoPoint(double Lon, double Lat)
{
    private const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Great-circle distance; metres are what NGSI-LD's maxDistance counts.</summary>
    public double MetersTo(GeoPoint other)
    {
        var dLat = ToRadians(other.Lat - Lat);
        var dLon = ToRadians(other.Lon - Lon);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(ToRadians(Lat)) * Math.Cos(ToRadians(other.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
