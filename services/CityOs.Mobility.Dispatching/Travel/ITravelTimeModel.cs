using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Travel;

/// <summary>
/// Travel time between two locations, in the same unit as time windows. The route cost is the sum
/// of these times, so a model that returns distances makes the cost a distance.
/// </summary>
public interface ITravelTimeModel
{
    double TravelTime(Location from, Location to);
}
