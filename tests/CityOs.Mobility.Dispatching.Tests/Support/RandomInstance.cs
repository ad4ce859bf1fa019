using System.Globalization;
using System.Text;

namespace CityOs.Mobility.Dispatching.Tests.Support;

/// <summary>
/// Small random Cordeau-format instances with one vehicle and a route through all stops. Windows, ride and
/// duration limits are drawn around a random timing of that route, so that many routes are borderline:
/// feasible only with well-placed waiting, or infeasible by a little.
/// </summary>
internal static class RandomInstance
{
    public static (string Text, int[] Route) Generate(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(2, 6);
        var route = RandomOrder(random, n);
        var x = Enumerable.Range(0, (2 * n) + 1).Select(i => i == 0 ? 0 : Math.Round((random.NextDouble() * 16) - 8, 3)).ToArray();
        var y = Enumerable.Range(0, (2 * n) + 1).Select(i => i == 0 ? 0 : Math.Round((random.NextDouble() * 16) - 8, 3)).ToArray();
        var service = Enumerable.Range(0, (2 * n) + 1).Select(i => i == 0 ? 0 : random.Next(0, 4)).ToArray();
        var time = new double[(2 * n) + 1];
        var (clock, at) = (random.Next(0, 20) * 1.0, 0);
        foreach (var stop in route)
        {
            clock += Math.Sqrt(Math.Pow(x[at] - x[stop], 2) + Math.Pow(y[at] - y[stop], 2));
            clock += random.Next(3) == 0 ? random.NextDouble() * 10 : 0;
            time[stop] = clock;
            clock += service[stop];
            at = stop;
        }

        var end = clock + Math.Sqrt((x[at] * x[at]) + (y[at] * y[at]));
        var maxRide = Enumerable.Range(1, n).Max(i => time[n + i] - time[i] - service[i]) + (random.NextDouble() * 10) - 5;
        var maxDuration = end - (time[route[0]] - Math.Sqrt((x[route[0]] * x[route[0]]) + (y[route[0]] * y[route[0]]))) + (random.NextDouble() * 25) - 15;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"1 {2 * n} {Math.Max(1, maxDuration):F1} {random.Next(1, 4)} {Math.Max(1, maxRide):F1}"));
        text.AppendLine("0 0 0 0 0 0 480");
        var loads = Enumerable.Range(0, n).Select(_ => random.Next(1, 3)).ToArray();
        for (var id = 1; id <= 2 * n; id++)
        {
            var request = id <= n ? id : id - n;
            var tight = (request % 2 == 0) == (id <= n);
            var opens = Math.Max(0, Math.Floor(time[id] + (random.NextDouble() * 15) - 10));
            var (earliest, latest) = tight ? (opens, opens + 15) : (0, 480);
            text.AppendLine(Invariant($"{id} {x[id]:F3} {y[id]:F3} {service[id]} {(id <= n ? loads[request - 1] : -loads[request - 1])} {earliest} {latest}"));
        }

        return (text.ToString(), route);
    }

    /// <summary>Every pick-up before its drop-off, otherwise shuffled.</summary>
    private static int[] RandomOrder(Random random, int n)
    {
        var pending = Enumerable.Range(1, n).ToList();
        var route = new List<int>();
        var onBoard = new List<int>();
        while (pending.Count + onBoard.Count > 0)
        {
            var pick = random.Next(pending.Count + onBoard.Count);
            if (pick < pending.Count)
            {
                onBoard.Add(pending[pick]);
                route.Add(pending[pick]);
                pending.RemoveAt(pick);
            }
            else
            {
                route.Add(onBoard[pick - pending.Count] + n);
                onBoard.RemoveAt(pick - pending.Count);
            }
        }

        return [.. route];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
