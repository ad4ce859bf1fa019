using System.Globalization;

namespace CityOs.Gateway.Ngsi.Query;

/// <summary>A parsed <c>GET /entities</c>: type, id, q, geo-query, attrs and paging, as NGSI-LD names them.</summary>
public sealed record EntityQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public IReadOnlySet<string>? Types { get; init; }

    public IReadOnlySet<string>? Ids { get; init; }

    public QExpression? Q { get; init; }

    public GeoQuery? Geo { get; init; }

    public IReadOnlySet<string>? Attributes { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    public int Offset { get; init; }

    public bool Count { get; init; }

    public bool Matches(NgsiEntity entity) =>
        (Types is null || Types.Contains(entity.Type))
        && (Ids is null || Ids.Contains(entity.Id))
        && (Q is null || Q.Matches(entity))
        && (Geo is null || Geo.Matches(entity));

    /// <summary>Reads the query string; on a fault returns null and the NGSI-LD problem to answer with.</summary>
    public static EntityQuery? Parse(IQueryCollection query, out IResult? error)
    {
        error = null;
        var types = List(query["type"]);
        var ids = List(query["id"]);
        var attrs = List(query["attrs"]);
        string? q = query["q"];
        string? georel = query["georel"];
        if (types is null && ids is null && attrs is null && q is null && georel is null)
        {
            error = NgsiErrors.BadRequest("Name at least one of type, id, attrs, q or georel (NGSI-LD does not list every entity at once).");
            return null;
        }

        if (ids?.FirstOrDefault(id => !NgsiIds.IsUri(id)) is { } badId)
        {
            error = NgsiErrors.BadRequest($"'{badId}' is not a URI such as urn:ngsi-ld:Shelter:odono-cc.", "id");
            return null;
        }

        if (query["geoproperty"] is { Count: > 0 } geoproperty && geoproperty.ToString() != "location")
        {
            error = NgsiErrors.NotSupported("Only the location GeoProperty can be queried.", "geoproperty");
            return null;
        }

        QExpression? expression = null;
        if (q is not null && (expression = QExpression.Parse(q, out var qError)) is null)
        {
            error = NgsiErrors.BadRequest(qError!, "q");
            return null;
        }

        GeoQuery? geo = null;
        if (georel is not null || query.ContainsKey("geometry") || query.ContainsKey("coordinates"))
        {
            geo = GeoQuery.Parse(georel, query["geometry"], query["coordinates"], out var geoError);
            if (geo is null)
            {
                error = NgsiErrors.BadRequest(geoError!.Value.Detail, geoError.Value.Parameter);
                return null;
            }
        }

        if (!TryInt(query["limit"], DefaultLimit, 0, MaxLimit, out var limit))
        {
            error = NgsiErrors.BadRequest($"limit must be a whole number from 0 to {MaxLimit}.", "limit");
            return null;
        }

        if (!TryInt(query["offset"], 0, 0, int.MaxValue, out var offset))
        {
            error = NgsiErrors.BadRequest("offset must be a whole number from 0.", "offset");
            return null;
        }

        return new EntityQuery
        {
            Types = types,
            Ids = ids,
            Q = expression,
            Geo = geo,
            Attributes = attrs,
            Limit = limit,
            Offset = offset,
            Count = query["count"] == "true",
        };
    }

    private static HashSet<string>? List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ShortName)];

    /// <summary>Clients that expand terms with our @context send full IRIs; the short name is what we match on.</summary>
    private static string ShortName(string term) => term.StartsWith("urn:cityos:vocab:", StringComparison.Ordinal) ? term["urn:cityos:vocab:".Length..] : term;

    private static bool TryInt(string? value, int fallback, int min, int max, out int result)
    {
        result = fallback;
        return value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max);
    }
}
