namespace CityOs.Mobility.Dispatching.Search;

/// <summary>A destroy operator: takes up to <c>count</c> movable requests out of their routes.</summary>
internal interface IRemoval
{
    void Remove(SearchState state, int count, Random random);
}
