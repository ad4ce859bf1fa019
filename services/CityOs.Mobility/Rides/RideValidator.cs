using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Travel;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Rides;

/// <summary>Checks a booking request field by field; each problem names the field the app should highlight.</summary>
public sealed class RideValidator(ServiceArea area, Fleet fleet, IOptions<RideOptions> options)
{
    public Dictionary<string, string[]> Validate(BookRideRequest request, DateTimeOffset now, string prefix = "")
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[prefix + field] = [message];

        if (string.IsNullOrWhiteSpace(request.RiderPseudonym))
        {
            Fail("riderPseudonym", "The rider's mobility pseudonym is required.");
        }

        Place(request.Pickup, "pickup", Fail);
        Place(request.Dropoff, "dropoff", Fail);
        var horizon = now.AddDays(options.Value.BookingHorizonDays);
        if (request.EarliestPickup is null && request.LatestArrival is null)
        {
            Fail("earliestPickup", "Give an earliest pickup time or a latest arrival time.");
        }

        if (request.EarliestPickup is { } e && (e < now.AddMinutes(-1) || e > horizon))
        {
            Fail("earliestPickup", e < now ? "The earliest pickup time is in the past." : $"Rides can be booked up to {options.Value.BookingHorizonDays} days ahead.");
        }

        if (request.LatestArrival is { } l && (l < now || l > horizon))
        {
            Fail("latestArrival", l < now ? "The latest arrival time is in the past." : $"Rides can be booked up to {options.Value.BookingHorizonDays} days ahead.");
        }

        if (request is { EarliestPickup: { } pickup, LatestArrival: { } arrival, Pickup: { } from, Dropoff: { } to } && !errors.ContainsKey(prefix + "earliestPickup")
            && pickup.AddMinutes(new HaversineTravelTime(options.Value.SpeedKmPerHour).TravelTime(new Location(from.Lon, from.Lat), new Location(to.Lon, to.Lat))) > arrival)
        {
            Fail("earliestPickup", "The pickup is after the latest arrival time, or too close to it to make the trip.");
        }

        if (request.Passengers < 1 || request.Companions < 0)
        {
            Fail("passengers", "At least one passenger, and no negative number of companions.");
        }
        else if (!fleet.CanCarry(request.Passengers + request.Companions - (request.Wheelchair ? 1 : 0), request.Wheelchair))
        {
            Fail("passengers", $"No vehicle carries {request.Passengers + request.Companions} people{(request.Wheelchair ? " with a wheelchair" : "")}; book several rides.");
        }

        return errors;
    }

    private void Place(PlaceRequest? place, string field, Action<string, string> fail)
    {
        if (place is null)
        {
            fail(field, "Give the place as lat/lon.");
        }
        else if (!area.Contains(place.Lat, place.Lon))
        {
            fail(field, "The place is outside the demand-taxi service area of Yamaguchi City.");
        }
    }
}
