using System.Globalization;

namespace CityOs.Benchmarks.Darp;

/// <summary>
/// Re-checks routes against the raw instance file without any dispatcher code: its own reading of the file,
/// and an exact timing test. A route's start-of-service times form a system of difference constraints
/// (windows, travel, ride time, route duration), which has a solution exactly when its constraint graph has
/// no negative cycle (Bellman-Ford).
/// </summary>
internal sealed class IndependentDarpChecker
{
    private const double Tolerance = 1e-6;
    private readonly double[][] _node;
    private readonly int _vehicles, _n, _capacity;
    private readonly double _maxDuration, _maxRide;

    private IndependentDarpChecker(string path)
    {
        var rows = File.ReadAllLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        (_vehicles, _n, _maxDuration, _capacity, _maxRide) = ((int)rows[0][0], (int)rows[0][1] / 2, rows[0][2], (int)rows[0][3], rows[0][4]);
        // Node 2n+1 is the route end: the end-depot line when present, else the depot again.
        _node = [.. rows.Skip(1).Take((2 * _n) + 1), rows.Length > (2 * _n) + 2 ? rows[(2 * _n) + 2] : rows[1]];
    }

    public static IndependentDarpChecker Load(string path) => new(path);

    public double Cost(IReadOnlyList<IReadOnlyList<int>> routes) =>
        routes.Sum(r => Path(r).Zip(Path(r).Skip(1), Distance).Sum());

    /// <summary>Null when all routes together are a feasible solution, else what is wrong.</summary>
    public string? Problem(IReadOnlyList<IReadOnlyList<int>> routes)
    {
        if (routes.Count > _vehicles)
        {
            return $"{routes.Count} routes for {_vehicles} vehicles";
        }

        var visits = routes.SelectMany(r => r).ToList();
        if (visits.Count != 2 * _n || visits.Distinct().Count() != 2 * _n || visits.Any(v => v < 1 || v > 2 * _n))
        {
            return "nodes 1..2n are not each visited exactly once";
        }

        return routes.Select(RouteProblem).FirstOrDefault(p => p is not null);
    }

    private string? RouteProblem(IReadOnlyList<int> route)
    {
        var load = 0;
        for (var k = 0; k < route.Count; k++)
        {
            var v = route[k];
            load += (int)_node[v][4];
            if (load > _capacity)
            {
                return $"capacity exceeded at node {v}";
            }

            if (v <= _n && route.Skip(k).All(w => w != v + _n))
            {
                return $"request {v} is not dropped off after its pick-up on the same route";
            }
        }

        return HasSchedule(Path(route)) ? null : $"no schedule meets windows, ride times and duration for route {string.Join(' ', route)}";
    }

    private int[] Path(IReadOnlyList<int> route) => [0, .. route, (2 * _n) + 1];

    private double Distance(int a, int b) => Math.Sqrt(Math.Pow(_node[a][1] - _node[b][1], 2) + Math.Pow(_node[a][2] - _node[b][2], 2));

    private bool HasSchedule(int[] path)
    {
        var origin = path.Length;
        var edges = new List<(int From, int To, double Weight)>();
        for (var k = 0; k < path.Length; k++)
        {
            edges.Add((origin, k, _node[path[k]][6]));
            edges.Add((k, origin, -_node[path[k]][5]));
            if (k + 1 < path.Length)
            {
                edges.Add((k + 1, k, -(_node[path[k]][3] + Distance(path[k], path[k + 1]))));
            }

            var drop = path[k] >= 1 && path[k] <= _n ? Array.IndexOf(path, path[k] + _n) : -1;
            if (drop > 0)
            {
                edges.Add((k, drop, _maxRide + _node[path[k]][3]));
            }
        }

        edges.Add((0, path.Length - 1, _maxDuration));
        var distance = new double[path.Length + 1];
        for (var round = 0; round <= path.Length + 1; round++)
        {
            var changed = false;
            foreach (var (from, to, weight) in edges)
            {
                if (distance[from] + weight < distance[to] - Tolerance)
                {
                    distance[to] = distance[from] + weight;
                    changed = true;
                }
            }

            if (!changed)
            {
                return true;
            }
        }

        return false;
    }
}
