using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Travel;

/// <summary>
/// Great-circle distance over a constant speed, with a detour factor because streets are not straight.
/// Locations are (X = longitude, Y = latitude) in degrees; the result is in minutes.
/// </summary>
public sealed class HaversineTravelTime(double speedKmPerHour, double detourFactor = 1.3) : ITravelTimeModel
{
    private const double EarthRadiusKm = 6371.0088;

    public double TravelTime(Location from, Location to)
    {
        var lat1 = double.DegreesToRadians(from.Y);
        var lat2 = double.DegreesToRadians(to.Y);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(to.X - from.X);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        var km = 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
        return km * detourFactor / speedKmPerHour * 60;
    }
}
