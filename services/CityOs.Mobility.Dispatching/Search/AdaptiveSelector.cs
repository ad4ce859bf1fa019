using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// Roulette-wheel choice among operators whose weights follow their recent success (adaptive large
/// neighbourhood search, Ropke and Pisinger 2006).
/// </summary>
internal sealed class AdaptiveSelector(int count)
{
    public const double NewBest = 33;
    public const double Improved = 9;
    public const double Accepted = 13;
    private const int SegmentLength = 100;
    private const double Reaction = 0.1;
    private const double MinimumWeight = 0.05;

    private readonly double[] _weights = Enumerable.Repeat(1.0, count).ToArray();
    private readonly double[] _scores = new double[count];
    private readonly int[] _uses = new int[count];
    private int _sinceUpdate;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Choose(Random random)
    {
        var spin = random.NextDouble() * _weights.Sum();
        for (var i = 0; i < _weights.Length; i++)
        {
            spin -= _weights[i];
            if (spin < 0)
            {
                return i;
            }
        }

        return _weights.Length - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Reward(int chosen, double score)
    {
        _scores[chosen] += score;
        _uses[chosen]++;
        if (++_sinceUpdate < SegmentLength)
        {
            return;
        }

        for (var i = 0; i < _weights.Length; i++)
        {
            if (_uses[i] > 0)
            {
                _weights[i] = Math.Max(MinimumWeight, ((1 - Reaction) * _weights[i]) + (Reaction * _scores[i] / _uses[i]));
            }

            _scores[i] = 0;
            _uses[i] = 0;
        }

        _sinceUpdate = 0;
    }
}
