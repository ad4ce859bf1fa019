using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Realtime;

/// <summary>
/// Places a fix on the straight segments between a trip's stops (the feed has no shapes) and reads the
/// scheduled time at that point by interpolating between departure and next arrival.
/// </summary>
public static class TripProgressEstimator
{
    /// <summary>Within this distance of a stop the bus counts as standing at it: a bus bay plus GPS error.</summary>
    public const double AtStopMetres = 40;

    /// <param name="fromIndex">Stop index reached by the previous fix: a bus does not run its trip backwards, so earlier segments are not considered, which also keeps the two legs of a loop apart.</param>
    public static TripProgress Estimate(TransitTrip trip, IReadOnlyDictionary<string, TransitStop> stops, double lat, double lon, int fromIndex = 0)
    {
        var plane = new LocalPlane(lat, lon);
        var points = trip.StopTimes.Select(st => stops[st.StopId]).Select(s => plane.ToMetres(s.Lat, s.Lon)).ToArray();
        var first = Math.Clamp(fromIndex - 1, 0, points.Length - 2);
        var (segment, fraction, distance) = (first, 0.0, double.MaxValue);
        for (var i = first; i < points.Length - 1; i++)
        {
            var projected = plane.Project(points[i], points[i + 1]);
            if (projected.Distance < distance)
            {
                (segment, fraction, distance) = (i, projected.Fraction, projected.Distance);
            }
        }

        var times = trip.StopTimes;
        foreach (var i in new[] { segment + 1, segment })
        {
            if (plane.DistanceTo(points[i]) <= AtStopMetres)
            {
                return new TripProgress(i, VehicleStopStatus.StoppedAt, times[i].Arrival, times[i].Departure);
            }
        }

        var scheduled = times[segment].Departure + fraction * (times[segment + 1].Arrival - times[segment].Departure);
        return new TripProgress(segment + 1, VehicleStopStatus.InTransitTo, scheduled, scheduled);
    }
}
