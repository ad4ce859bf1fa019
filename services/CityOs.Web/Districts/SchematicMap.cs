namespace CityOs.Web.Districts;

/// <summary>
/// The repository has district centres, not boundaries, so the map is schematic: the centres are projected with a
/// fisheye (the far mountain districts 阿東 and 徳地 pulled in), pushed apart until no two are closer than a tile
/// (the town centre's districts lie 1–2 km apart), and each tile is the Voronoi cell of its centre (every point
/// nearer to it than to any other) rounded off by a disc. Neighbours stay neighbours; sizes mean nothing.
/// </summary>
public static class SchematicMap
{
    public const double Width = 560;
    public const double Height = 640;
    private const int DiscSides = 40;
    private const double Inner = 75;
    private const double Spacing = 80;

    public static DistrictMap Build(IReadOnlyList<CityDistrict> districts)
    {
        var sites = Project(districts);
        var shapes = new List<DistrictShape>(districts.Count);
        for (var i = 0; i < districts.Count; i++)
        {
            var cell = Cell(sites, i);
            var d = districts[i];
            shapes.Add(new DistrictShape(d.Code, d.NameJa, d.NameEn, d.Terrain, d.Population, PathOf(cell), Math.Round(sites[i].X, 1), Math.Round(sites[i].Y, 1)));
        }

        return new DistrictMap(Width, Height, shapes,
            "地区の形は模式図です（中心点から作成、実際の境界ではありません）。",
            "District shapes are schematic (built from centre points, not official boundaries).");
    }

    /// <summary>The site's Voronoi cell in the view box, clipped to a disc so that border districts do not run to the frame.</summary>
    public static IReadOnlyList<Point> Cell(IReadOnlyList<Point> sites, int index)
    {
        var site = sites[index];
        IReadOnlyList<Point> polygon = [new(0, 0), new(Width, 0), new(Width, Height), new(0, Height)];
        foreach (var (other, j) in sites.Select((p, j) => (p, j)).Where(x => x.j != index))
        {
            // Keep the points nearer to this site: (other - site) · p <= (|other|² - |site|²) / 2.
            var (a, b) = (other.X - site.X, other.Y - site.Y);
            var c = ((other.X * other.X) + (other.Y * other.Y) - (site.X * site.X) - (site.Y * site.Y)) / 2;
            polygon = Clip(polygon, a, b, c);
        }

        var radius = DiscRadius(sites, index);
        for (var k = 0; k < DiscSides; k++)
        {
            var angle = 2 * Math.PI * (k + 0.5) / DiscSides;
            var (a, b) = (Math.Cos(angle), Math.Sin(angle));
            polygon = Clip(polygon, a, b, (a * site.X) + (b * site.Y) + radius);
        }

        return polygon;
    }

    /// <summary>Projected centres: fisheye (radius to the power 0.6) around the town centre, spread to one tile apart, scaled into the view box.</summary>
    public static IReadOnlyList<Point> Project(IReadOnlyList<CityDistrict> districts)
    {
        var town = districts.Where(d => d.Terrain == "urban").DefaultIfEmpty(districts[0]).ToList();
        var (lat0, lon0) = (town.Average(d => d.Lat), town.Average(d => d.Lon));
        var cos = Math.Cos(lat0 * Math.PI / 180);
        var points = Fit(districts.Select(d =>
        {
            var (x, y) = ((d.Lon - lon0) * cos, lat0 - d.Lat);
            var r = Math.Sqrt((x * x) + (y * y));
            var scale = r == 0 ? 0 : Math.Pow(r, 0.6) / r;
            return new Point(x * scale, y * scale);
        }).ToList());
        return Fit(Spread(points));
    }

    /// <summary>Pairwise pushes until every two centres are at least <see cref="Spacing"/> apart (or 300 rounds); deterministic.</summary>
    private static List<Point> Spread(List<Point> points)
    {
        var p = points.Select(x => (x.X, x.Y)).ToArray();
        for (var round = 0; round < 300; round++)
        {
            for (var i = 0; i < p.Length; i++)
            {
                for (var j = i + 1; j < p.Length; j++)
                {
                    var (dx, dy) = (p[j].X - p[i].X, p[j].Y - p[i].Y);
                    var d = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), 1e-6);
                    if (d < Spacing)
                    {
                        var m = (Spacing - d) / 2 / d;
                        p[i] = (p[i].X - (dx * m), p[i].Y - (dy * m));
                        p[j] = (p[j].X + (dx * m), p[j].Y + (dy * m));
                    }
                }
            }
        }

        return [.. p.Select(x => new Point(x.X, x.Y))];
    }

    private static List<Point> Fit(IReadOnlyList<Point> raw)
    {
        var (minX, maxX, minY, maxY) = (raw.Min(p => p.X), raw.Max(p => p.X), raw.Min(p => p.Y), raw.Max(p => p.Y));
        var k = Math.Min((Width - (2 * Inner)) / Math.Max(maxX - minX, 1e-9), (Height - (2 * Inner)) / Math.Max(maxY - minY, 1e-9));
        var (offsetX, offsetY) = ((Width - ((maxX - minX) * k)) / 2, (Height - ((maxY - minY) * k)) / 2);
        return [.. raw.Select(p => new Point(offsetX + ((p.X - minX) * k), offsetY + ((p.Y - minY) * k)))];
    }

    private static double DiscRadius(IReadOnlyList<Point> sites, int index)
    {
        var nearest = sites.Where((_, j) => j != index).Select(p => Distance(p, sites[index])).Order().Take(3).Average();
        return Math.Clamp(nearest * 0.95, 30, Inner);
    }

    /// <summary>Sutherland–Hodgman against one half-plane a·x + b·y &lt;= c.</summary>
    private static IReadOnlyList<Point> Clip(IReadOnlyList<Point> polygon, double a, double b, double c)
    {
        var result = new List<Point>(polygon.Count + 1);
        for (var i = 0; i < polygon.Count; i++)
        {
            var (p, q) = (polygon[i], polygon[(i + 1) % polygon.Count]);
            var (fp, fq) = ((a * p.X) + (b * p.Y) - c, (a * q.X) + (b * q.Y) - c);
            if (fp <= 0)
            {
                result.Add(p);
            }

            if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0))
            {
                var t = fp / (fp - fq);
                result.Add(new Point(p.X + (t * (q.X - p.X)), p.Y + (t * (q.Y - p.Y))));
            }
        }

        return result;
    }

    private static double Distance(Point p, Point q) => Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)));

    private static string PathOf(IReadOnlyList<Point> polygon) =>
        "M" + string.Join("L", polygon.Select(p => FormattableString.Invariant($"{p.X:0.#},{p.Y:0.#}"))) + "Z";
}

public readonly record struct Point(double X, double Y);
