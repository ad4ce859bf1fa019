namespace CityOs.Host.Demo;

/// <summary>
/// A line through district centres, driven there and back forever. Distances use a flat-earth approximation,
/// which is well inside a metre per kilometre at this city's size.
/// </summary>
public sealed class VehicleRoute
{
    private const double KmPerDegreeLat = 110.57;
    private readonly (double Lat, double Lon)[] _points;
    private readonly double[] _legKm;

    public VehicleRoute(IReadOnlyList<(double Lat, double Lon)> stops)
    {
        // There and back: A B C D C B (and on to A again).
        _points = [.. stops, .. stops.Reverse().Skip(1).Take(Math.Max(0, stops.Count - 2))];
        _legKm = [.. _points.Select((p, i) => DistanceKm(p, _points[(i + 1) % _points.Length]))];
        LengthKm = _legKm.Sum();
    }

    public double LengthKm { get; }

    /// <summary>Where a vehicle is after driving <paramref name="distanceKm"/> from the first stop, and which way it faces.</summary>
    public (double Lat, double Lon, double HeadingDeg) At(double distanceKm)
    {
        var along = LengthKm > 0 ? ((distanceKm % LengthKm) + LengthKm) % LengthKm : 0;
        for (var i = 0; i < _points.Length; i++)
        {
            if (along <= _legKm[i] || i == _points.Length - 1)
            {
                var from = _points[i];
                var to = _points[(i + 1) % _points.Length];
                var f = _legKm[i] > 0 ? Math.Clamp(along / _legKm[i], 0, 1) : 0;
                return (from.Lat + (to.Lat - from.Lat) * f, from.Lon + (to.Lon - from.Lon) * f, Heading(from, to));
            }

            along -= _legKm[i];
        }

        return (_points[0].Lat, _points[0].Lon, 0);
    }

    private static double DistanceKm((double Lat, double Lon) a, (double Lat, double Lon) b)
    {
        var (north, east) = Offsets(a, b);
        return Math.Sqrt(north * north + east * east);
    }

    private static double Heading((double Lat, double Lon) a, (double Lat, double Lon) b)
    {
        var (north, east) = Offsets(a, b);
        return (Math.Atan2(east, north) * 180 / Math.PI + 360) % 360;
    }

    private static (double North, double East) Offsets((double Lat, double Lon) a, (double Lat, double Lon) b) =>
        ((b.Lat - a.Lat) * KmPerDegreeLat, (b.Lon - a.Lon) * KmPerDegreeLat * 1.0068 * Math.Cos(a.Lat * Math.PI / 180));
}
