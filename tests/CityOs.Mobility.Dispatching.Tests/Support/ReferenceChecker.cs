using System.Globalization;

namespace CityOs.Mobility.Dispatching.Tests.Support;

/// <summary>
/// An exact route checker written apart from the library: reads the raw Cordeau file itself and asks whether
/// the start times of a route admit any solution. All constraints are of the form x_v - x_u &lt;= w, so a
/// solution exists iff the constraint graph has no negative cycle (Bellman-Ford from a virtual origin).
/// </summary>
internal sealed class ReferenceChecker
{
    private readonly double[][] _rows;

    private ReferenceChecker(double[][] rows) => _rows = rows;

    public int Vehicles => (int)_rows[0][0];

    public int Requests => (int)_rows[0][1] / 2;

    private int Capacity => (int)_rows[0][3];

    private double MaxDuration => _rows[0][2];

    private double MaxRide => _rows[0][4];

    public static ReferenceChecker FromFile(string path) => FromText(File.ReadAllText(path));

    public static ReferenceChecker FromText(string text) => new(text.Split('\n')
        .Where(l => l.Trim().Length > 0)
        .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
        .ToArray());

    public double Cost(IEnumerable<IReadOnlyList<int>> routes) =>
        routes.Sum(r => Path(r).Zip(Path(r).Skip(1), Distance).Sum());

    public bool IsFeasibleSolution(IReadOnlyList<IReadOnlyList<int>> routes)
    {
        var visited = routes.SelectMany(r => r).Order().ToList();
        return routes.Count <= Vehicles
            && visited.SequenceEqual(Enumerable.Range(1, 2 * Requests))
            && routes.All(IsFeasibleRoute);
    }

    public bool IsFeasibleRoute(IReadOnlyList<int> route)
    {
        var load = 0;
        for (var k = 0; k < route.Count; k++)
        {
            load += (int)Node(route[k])[4];
            var pickup = route[k] <= Requests;
            if (load > Capacity || (pickup && !route.Skip(k + 1).Contains(route[k] + Requests)) || (!pickup && !route.Take(k).Contains(route[k] - Requests)))
            {
                return false;
            }
        }

        return HasSchedule(Path(route));
    }

    private int[] Path(IReadOnlyList<int> route) => [0, .. route, (2 * Requests) + 1];

    private double[] Node(int id) => id == (2 * Requests) + 1 && _rows.Length <= id + 1 ? _rows[1] : _rows[id + 1];

    private double Distance(int a, int b) => Math.Sqrt(Math.Pow(Node(a)[1] - Node(b)[1], 2) + Math.Pow(Node(a)[2] - Node(b)[2], 2));

    private bool HasSchedule(int[] path)
    {
        var origin = path.Length;
        var edges = new List<(int From, int To, double Weight)> { (0, path.Length - 1, MaxDuration) };
        for (var k = 0; k < path.Length; k++)
        {
            edges.Add((origin, k, Node(path[k])[6]));
            edges.Add((k, origin, -Node(path[k])[5]));
            if (k > 0)
            {
                edges.Add((k, k - 1, -(Node(path[k - 1])[3] + Distance(path[k - 1], path[k]))));
            }

            if (k > 0 && path[k] <= Requests)
            {
                edges.Add((k, Array.IndexOf(path, path[k] + Requests), MaxRide + Node(path[k])[3]));
            }
        }

        var distance = new double[path.Length + 1];
        for (var round = 0; round <= path.Length + 1; round++)
        {
            var relaxed = false;
            foreach (var (from, to, weight) in edges)
            {
                if (distance[from] + weight < distance[to] - 1e-7)
                {
                    distance[to] = distance[from] + weight;
                    relaxed = true;
                }
            }

            if (!relaxed)
            {
                return true;
            }
        }

        return false;
    }
}
