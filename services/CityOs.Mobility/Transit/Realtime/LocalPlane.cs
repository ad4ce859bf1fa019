namespace CityOs.Mobility.Transit.Realtime;

/// <summary>
/// Metres on a flat plane around a point (equirectangular). Between neighbouring bus stops, a few km
/// apart, its error is far below GPS noise, and projecting onto a segment stays simple arithmetic.
/// </summary>
public readonly record struct LocalPlane(double Lat0, double Lon0)
{
    private const double MetresPerDegree = 6_371_000 * Math.PI / 180;

    public (double X, double Y) ToMetres(double lat, double lon) =>
        ((lon - Lon0) * MetresPerDegree * Math.Cos(Lat0 * Math.PI / 180), (lat - Lat0) * MetresPerDegree);

    /// <summary>Where the origin falls on segment a→b: fraction 0..1 along it and distance from it in metres.</summary>
    public (double Fraction, double Distance) Project((double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var lengthSquared = dx * dx + dy * dy;
        var t = lengthSquared == 0 ? 0 : Math.Clamp((-a.X * dx - a.Y * dy) / lengthSquared, 0, 1);
        var (px, py) = (a.X + t * dx, a.Y + t * dy);
        return (t, Math.Sqrt(px * px + py * py));
    }

    public double DistanceTo((double X, double Y) p) => Math.Sqrt(p.X * p.X + p.Y * p.Y);
}
