using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Scheduling;

/// <summary>Scratch arrays for one thread's scheduling, reused so the search allocates nothing per check.</summary>
internal sealed class ScheduleWorkspace
{
    private int[] _stampByRequest = [];
    private int[] _pickupPositionByRequest = [];
    private int _stamp;

    public double[] Arrival { get; private set; } = new double[64];

    public double[] Begin { get; private set; } = new double[64];

    public double[] Wait { get; private set; } = new double[64];

    /// <summary>For a drop-off position, the position of its pick-up in the same route; -1 otherwise.</summary>
    public int[] PickupPosition { get; private set; } = new int[64];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EnsureCapacity(int length, int requestCount)
    {
        if (Begin.Length < length)
        {
            var size = Math.Max(length, Begin.Length * 2);
            Arrival = new double[size];
            Begin = new double[size];
            Wait = new double[size];
            PickupPosition = new int[size];
        }

        if (_stampByRequest.Length < requestCount)
        {
            _stampByRequest = new int[requestCount];
            _pickupPositionByRequest = new int[requestCount];
            _stamp = 0;
        }
    }

    /// <summary>Starts a new route; earlier remembered pick-ups are forgotten in O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NextRoute() => _stamp++;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RememberPickup(int request, int position)
    {
        _stampByRequest[request] = _stamp;
        _pickupPositionByRequest[request] = position;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int PickupPositionOf(int request) =>
        _stampByRequest[request] == _stamp ? _pickupPositionByRequest[request] : -1;
}
