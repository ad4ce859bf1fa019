using System.Globalization;
using System.Text.Json;

namespace CityOs.Gateway.Ngsi.Query;

/// <summary>NGSI-LD's geo-query restricted to <c>near</c> a Point: <c>georel=near;maxDistance==N</c> (or minDistance), metres.</summary>
public sealed record GeoQuery(GeoPoint Point, double? MaxDistance, double? MinDistance)
{
    public bool Matches(NgsiEntity entity)
    {
        if (entity.Location is not { } location)
        {
            return false;
        }

        var distance = Point.MetersTo(location);
        return (MaxDistance is not { } max || distance <= max) && (MinDistance is not { } min || distance >= min);
    }

    public double DistanceTo(NgsiEntity entity) => entity.Location is { } location ? Point.MetersTo(location) : double.MaxValue;

    /// <summary>Parses the three parameters; <paramref name="error"/> names the parameter and the fault.</summary>
    public static GeoQuery? Parse(string? georel, string? geometry, string? coordinates, out (string Parameter, string Detail)? error)
    {
        error = null;
        if (geometry is null || coordinates is null || georel is null)
        {
            error = (georel is null ? "georel" : geometry is null ? "geometry" : "coordinates", "A geo-query needs georel, geometry and coordinates together.");
            return null;
        }

        if (geometry != "Point")
        {
            error = ("geometry", $"Only geometry=Point is supported (was '{geometry}').");
            return null;
        }

        if (ParsePoint(coordinates) is not { } point)
        {
            error = ("coordinates", $"'{coordinates}' is not [longitude,latitude] with longitude -180..180 and latitude -90..90.");
            return null;
        }

        var parts = georel.Split(';', StringSplitOptions.TrimEntries);
        if (parts[0] != "near")
        {
            error = ("georel", $"Only georel=near;maxDistance==<metres> (or minDistance) is supported (was '{georel}').");
            return null;
        }

        double? max = null, min = null;
        foreach (var modifier in parts.Skip(1))
        {
            var pair = modifier.Split("==");
            if (pair.Length != 2 || !double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || metres < 0)
            {
                error = ("georel", $"'{modifier}' is not maxDistance==<metres> or minDistance==<metres>.");
                return null;
            }

            switch (pair[0])
            {
                case "maxDistance": max = metres; break;
                case "minDistance": min = metres; break;
                default:
                    error = ("georel", $"'{pair[0]}' is not maxDistance or minDistance.");
                    return null;
            }
        }

        if (max is null && min is null)
        {
            error = ("georel", "near needs maxDistance==<metres> or minDistance==<metres>.");
            return null;
        }

        return new GeoQuery(point, max, min);
    }

    private static GeoPoint? ParsePoint(string coordinates)
    {
        try
        {
            var values = JsonSerializer.Deserialize<double[]>(coordinates);
            return values is [var lon, var lat] && lon is >= -180 and <= 180 && lat is >= -90 and <= 90 ? new GeoPoint(lon, lat) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
