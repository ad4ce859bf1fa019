using System.Text.Json.Nodes;

namespace CityOs.Gateway.Ngsi;

/// <summary>
/// The JSON-LD @context CityOS answers with. Served by the gateway itself (the city network may have no
/// internet), and self-contained: the NGSI-LD core terms are inlined rather than imported from etsi.org.
/// </summary>
public static class NgsiContext
{
    public const string Path = "/ngsi-ld/v1/jsonldContexts/cityos.jsonld";
    public const string LdJson = "application/ld+json";

    private const string Core = "https://uri.etsi.org/ngsi-ld/";
    private const string Vocabulary = "urn:cityos:vocab:";

    private static readonly string[] CoreTerms =
    [
        "Property", "Relationship", "GeoProperty", "observedAt", "unitCode", "location", "createdAt", "modifiedAt",
        "Subscription", "Notification", "entities", "watchedAttributes", "notification", "endpoint", "uri", "accept",
        "subscriptionId", "notifiedAt", "data", "status", "geoQ", "georel", "geometry", "coordinates", "q", "timesSent",
        "lastNotification", "lastSuccess", "lastFailure", "isActive", "name", "description", "attributes", "format",
    ];

    private static readonly string[] CityTerms =
    [
        "Shelter", "RiverGauge", "ChildcareFacility", "BusVehicle", "CycleStation", "Alert",
        "nameEn", "district", "capacity", "occupancy", "occupancyPercent", "congestion", "open", "wheelchairAccessible",
        "welfare", "pets", "waterLevel", "alertLevel", "previousAlertLevel", "refRiverGauge", "dateIssued", "kind",
        "vacancies", "ageClasses", "availableBikeNumber", "freeSlotNumber", "isRenting", "isReturning", "trip", "route",
        "bearing", "speed", "synthetic",
    ];

    public static string UrlFor(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";

    public static JsonObject Document()
    {
        var terms = new JsonObject
        {
            ["ngsi-ld"] = Core,
            ["id"] = "@id",
            ["type"] = "@type",
            ["value"] = "ngsi-ld:hasValue",
            ["object"] = new JsonObject { ["@id"] = "ngsi-ld:hasObject", ["@type"] = "@id" },
        };
        foreach (var term in CoreTerms)
        {
            terms[term] = "ngsi-ld:" + term;
        }

        foreach (var term in CityTerms)
        {
            terms[term] = Vocabulary + term;
        }

        return new JsonObject { ["@context"] = terms };
    }
}
