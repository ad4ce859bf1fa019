namespace CityOs.Mobility.Dispatching.Model;

public sealed partial class DispatchProblem
{
    /// <summary>
    /// Narrows each request's windows to what its partner's window, the ride-time limit and the depots
    /// allow (Cordeau 2006). Every feasible schedule lies inside the narrowed windows, so pruning with
    /// them loses nothing.
    /// </summary>
    private (double[] Earliest, double[] Latest) TightenWindows()
    {
        var earliest = (double[])Earliest.Clone();
        var latest = (double[])Latest.Clone();
        for (var r = 0; r < Requests.Count; r++)
        {
            int p = PickupNode(r), d = DropoffNode(r);
            double sp = ServiceTime[p], sd = ServiceTime[d], direct = Time(p, d), ride = MaxRide(r);
            earliest[p] = Math.Max(earliest[p], Math.Max(EarliestReach(p), earliest[d] - ride - sp));
            latest[d] = Math.Min(latest[d], Math.Min(LatestLeave(d) - sd, latest[p] + sp + ride));
            latest[p] = Math.Min(latest[p], Math.Min(LatestLeave(p) - sp, latest[d] - sp - direct));
            earliest[d] = Math.Max(earliest[d], Math.Max(EarliestReach(d), earliest[p] + sp + direct));
        }

        return (earliest, latest);
    }

    private double EarliestReach(int node)
    {
        var best = double.MaxValue;
        for (var v = 0; v < Vehicles.Count; v++)
        {
            best = Math.Min(best, Earliest[StartNode(v)] + Time(StartNode(v), node));
        }

        return Vehicles.Count == 0 ? Earliest[node] : best;
    }

    private double LatestLeave(int node)
    {
        var best = double.MinValue;
        for (var v = 0; v < Vehicles.Count; v++)
        {
            best = Math.Max(best, Latest[EndNode(v)] - Time(node, EndNode(v)));
        }

        return Vehicles.Count == 0 ? Latest[node] : best;
    }
}
