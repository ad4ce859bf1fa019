using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Mobility.Rides;

namespace CityOs.Mobility.Tests.Support;

/// <summary>Places, times and a one-taxi fleet for ride tests; the morning is 2026-11-26 in Japan.</summary>
public static class RideFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.FromHours(9));
    public static readonly PlaceRequest Odono = new(34.186, 131.476, "Odono community centre");
    public static readonly PlaceRequest Yuda = new(34.160, 131.453, "Yuda clinic");
    public static readonly PlaceRequest Miyano = new(34.200, 131.500, "Miyano station");

    /// <summary>A fleet file with one four-seat taxi at Odono, so a test controls who fits.</summary>
    public static IReadOnlyDictionary<string, string?> OneTaxi(string shiftStart = "07:00", string shiftEnd = "19:00")
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cityos-fleet-").FullName, "vehicles.json");
        File.WriteAllText(path, $$"""
            [{ "vehicleId": "dt-test-1", "operator": "test-taxi", "seats": 4, "wheelchairPlaces": 1, "shiftStart": "{{shiftStart}}", "shiftEnd": "{{shiftEnd}}", "depot": "odono" }]
            """);
        return new Dictionary<string, string?> { ["Mobility:Rides:VehiclesFile"] = path };
    }

    public static BookRideRequest Ride(string rider = "mob-p-001", PlaceRequest? from = null, PlaceRequest? to = null, DateTimeOffset? earliest = null,
        DateTimeOffset? latest = null, int passengers = 1, bool wheelchair = false) => new()
        {
            RiderPseudonym = rider,
            Pickup = from ?? Odono,
            Dropoff = to ?? Yuda,
            EarliestPickup = earliest ?? (latest is null ? Now.AddHours(1) : null),
            LatestArrival = latest,
            Passengers = passengers,
            Wheelchair = wheelchair,
        };

    public static async Task<RideView> BookAsync(this HttpClient http, BookRideRequest request)
    {
        var response = await http.PostAsJsonAsync("/api/mobility/v1/rides", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<RideView>(JsonSerializerOptions.Web))!;
    }

    public static async Task<RideView> RideAsync(this HttpClient http, string rideId) =>
        (await http.GetFromJsonAsync<RideView>($"/api/mobility/v1/rides/{rideId}", JsonSerializerOptions.Web))!;
}
