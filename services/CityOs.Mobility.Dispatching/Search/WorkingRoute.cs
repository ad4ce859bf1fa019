using System.Runtime.CompilerServices;
using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// A mutable route for the search: nodes from start depot to end depot, plus what insertion pruning needs
/// (load after each node, earliest and latest start of service ignoring ride times).
/// </summary>
internal sealed class WorkingRoute
{
    public WorkingRoute(int vehicle, int capacity)
    {
        Vehicle = vehicle;
        Nodes = new int[capacity];
        LoadAfter = new int[capacity];
        Earliest = new double[capacity];
        Latest = new double[capacity];
    }

    public int Vehicle { get; }

    /// <summary>Stops (not counting the start depot) that may not move.</summary>
    public int Locked { get; set; }

    public int[] Nodes { get; }

    public int Count { get; private set; }

    public int[] LoadAfter { get; }

    public double[] Earliest { get; }

    public double[] Latest { get; }

    public double Cost { get; private set; }

    public int Last => Count - 1;

    public bool IsEmpty => Count == 2;

    public ReadOnlySpan<int> Span => Nodes.AsSpan(0, Count);

    public void Reset(DispatchProblem problem, ReadOnlySpan<int> nodes, int locked)
    {
        nodes.CopyTo(Nodes);
        Count = nodes.Length;
        Locked = locked;
        Refresh(problem);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyFrom(WorkingRoute other)
    {
        Count = other.Count;
        Locked = other.Locked;
        Cost = other.Cost;
        Array.Copy(other.Nodes, Nodes, Count);
        Array.Copy(other.LoadAfter, LoadAfter, Count);
        Array.Copy(other.Earliest, Earliest, Count);
        Array.Copy(other.Latest, Latest, Count);
    }

    /// <summary>Puts <paramref name="pickup"/> after position <paramref name="pickAfter"/> and <paramref name="dropoff"/> after <paramref name="dropAfter"/> (positions before insertion).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void InsertPair(DispatchProblem problem, int pickup, int pickAfter, int dropoff, int dropAfter)
    {
        Array.Copy(Nodes, dropAfter + 1, Nodes, dropAfter + 3, Count - dropAfter - 1);
        Nodes[dropAfter + 2] = dropoff;
        Array.Copy(Nodes, pickAfter + 1, Nodes, pickAfter + 2, dropAfter - pickAfter);
        Nodes[pickAfter + 1] = pickup;
        Count += 2;
        Refresh(problem);
    }

    /// <summary>Removes the nodes at two positions (<paramref name="first"/> &lt; <paramref name="second"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RemovePair(DispatchProblem problem, int first, int second)
    {
        Array.Copy(Nodes, first + 1, Nodes, first, second - first - 1);
        Array.Copy(Nodes, second + 1, Nodes, second - 1, Count - second - 1);
        Count -= 2;
        Refresh(problem);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int PositionOf(int node)
    {
        return Array.IndexOf(Nodes, node, 0, Count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Refresh(DispatchProblem problem)
    {
        double[] e = problem.TightEarliest, l = problem.TightLatest, s = problem.ServiceTime;
        var cost = 0.0;
        var load = 0;
        LoadAfter[0] = 0;
        Earliest[0] = e[Nodes[0]];
        for (var k = 1; k < Count; k++)
        {
            int prev = Nodes[k - 1], node = Nodes[k];
            var travel = problem.Time(prev, node);
            cost += travel;
            load += problem.Demand[node];
            LoadAfter[k] = load;
            Earliest[k] = Math.Max(e[node], Earliest[k - 1] + s[prev] + travel);
        }

        Latest[Count - 1] = l[Nodes[Count - 1]];
        for (var k = Count - 2; k >= 0; k--)
        {
            int node = Nodes[k], next = Nodes[k + 1];
            Latest[k] = Math.Min(l[node], Latest[k + 1] - s[node] - problem.Time(node, next));
        }

        Cost = cost;
    }
}
