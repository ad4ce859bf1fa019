using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Search;

internal sealed class RandomRemoval : IRemoval
{
    private readonly List<int> _movable = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remove(SearchState state, int count, Random random)
    {
        Movable.Collect(state, _movable);
        for (var n = 0; n < count && _movable.Count > 0; n++)
        {
            var pick = random.Next(_movable.Count);
            state.Remove(_movable[pick]);
            _movable[pick] = _movable[^1];
            _movable.RemoveAt(_movable.Count - 1);
        }
    }
}
