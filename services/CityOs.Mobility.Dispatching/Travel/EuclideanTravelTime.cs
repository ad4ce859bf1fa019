using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Travel;

/// <summary>Straight-line distance at unit speed, unrounded: the convention of the Cordeau benchmark.</summary>
public sealed class EuclideanTravelTime : ITravelTimeModel
{
    public static EuclideanTravelTime Instance { get; } = new();

    public double TravelTime(Location from, Location to)
    {
        var dx = from.X - to.X;
        var dy = from.Y - to.Y;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
