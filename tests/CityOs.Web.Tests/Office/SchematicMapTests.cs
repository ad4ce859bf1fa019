using CityOs.Web.Districts;

namespace CityOs.Web.Tests.Office;

public sealed class SchematicMapTests
{
    private static readonly DistrictCatalog Districts = new();

    [Fact]
    public void Every_one_of_the_21_districts_gets_a_tile_around_its_own_centre()
    {
        var sites = SchematicMap.Project(Districts.All);
        Assert.Equal(21, Districts.All.Count);
        for (var i = 0; i < sites.Count; i++)
        {
            var cell = SchematicMap.Cell(sites, i);
            Assert.True(Area(cell) > 500, $"{Districts.All[i].Code} has a tile of {Area(cell):0} units²");
            Assert.True(Contains(cell, sites[i]), $"{Districts.All[i].Code}'s centre lies outside its tile");
        }
    }

    [Fact]
    public void Tiles_do_not_overlap_and_stay_inside_the_view_box()
    {
        var sites = SchematicMap.Project(Districts.All);
        var cells = sites.Select((_, i) => SchematicMap.Cell(sites, i)).ToList();
        Assert.All(cells.SelectMany(c => c), p => Assert.True(p.X is >= 0 and <= SchematicMap.Width && p.Y is >= 0 and <= SchematicMap.Height));
        for (var x = 5.0; x < SchematicMap.Width; x += 10)
        {
            for (var y = 5.0; y < SchematicMap.Height; y += 10)
            {
                var p = new Point(x, y);
                Assert.True(cells.Count(c => Contains(c, p)) <= 1, $"({x}, {y}) lies in more than one tile");
            }
        }
    }

    [Fact]
    public void The_map_says_it_is_schematic_in_both_languages()
    {
        var map = SchematicMap.Build(Districts.All);
        Assert.Contains("模式図", map.NoteJa, StringComparison.Ordinal);
        Assert.Contains("schematic", map.NoteEn, StringComparison.Ordinal);
        Assert.All(map.Districts, d => Assert.StartsWith("M", d.Path, StringComparison.Ordinal));
    }

    private static double Area(IReadOnlyList<Point> polygon) =>
        Math.Abs(polygon.Select((p, i) => (p.X * polygon[(i + 1) % polygon.Count].Y) - (polygon[(i + 1) % polygon.Count].X * p.Y)).Sum()) / 2;

    /// <summary>Strictly inside a convex polygon (a point on a shared edge counts for neither tile).</summary>
    private static bool Contains(IReadOnlyList<Point> polygon, Point p)
    {
        var sign = 0;
        for (var i = 0; i < polygon.Count; i++)
        {
            var (a, b) = (polygon[i], polygon[(i + 1) % polygon.Count]);
            var cross = ((b.X - a.X) * (p.Y - a.Y)) - ((b.Y - a.Y) * (p.X - a.X));
            if (Math.Abs(cross) < 1e-6)
            {
                return false;
            }

            var s = Math.Sign(cross);
            if (sign != 0 && s != sign)
            {
                return false;
            }

            sign = s;
        }

        return true;
    }
}
