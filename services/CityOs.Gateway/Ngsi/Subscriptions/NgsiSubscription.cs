using CityOs.Gateway.Ngsi.Query;

namespace CityOs.Gateway.Ngsi.Subscriptions;

/// <summary>A partner's NGSI-LD subscription as stored: one document per subscription, partitioned by the partner's client id.</summary>
public sealed record NgsiSubscription
{
    public const string Container = "gateway-subscriptions";

    public required string Id { get; init; }

    public required string ClientId { get; init; }

    public required string Space { get; init; }

    public required IReadOnlyList<string> EntityTypes { get; init; }

    public IReadOnlyList<string>? EntityIds { get; init; }

    public IReadOnlyList<string>? WatchedAttributes { get; init; }

    public string? Q { get; init; }

    public GeoQ? GeoQ { get; init; }

    public required string NotificationUri { get; init; }

    public string NotificationAccept { get; init; } = "application/json";

    public IReadOnlyList<string>? NotificationAttributes { get; init; }

    public string? Description { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The parsed filter: type/id, q and geo-query exactly as <c>GET /entities</c> reads them.</summary>
    public EntityQuery Filter() => new()
    {
        Types = EntityTypes.ToHashSet(StringComparer.Ordinal),
        Ids = EntityIds?.ToHashSet(StringComparer.Ordinal),
        Q = Q is null ? null : QExpression.Parse(Q, out _),
        Geo = GeoQ is null ? null : GeoQuery.Parse(GeoQ.Georel, GeoQ.Geometry, GeoQ.Coordinates, out _),
    };
}

/// <summary>NGSI-LD's geoQ; coordinates kept as the JSON text a client sent (<c>[lon,lat]</c>).</summary>
public sealed record GeoQ(string Georel, string Geometry, string Coordinates);
