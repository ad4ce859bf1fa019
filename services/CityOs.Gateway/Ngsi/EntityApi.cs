using CityOs.Gateway.Ngsi.Query;
using CityOs.Gateway.Ngsi.Sources;

namespace CityOs.Gateway.Ngsi;

/// <summary>NGSI-LD context information: <c>GET /entities</c>, <c>GET /entities/{id}</c> and <c>GET /types</c>. Open data, no token.</summary>
public static class EntityApi
{
    public static RouteGroupBuilder MapEntityApi(this RouteGroupBuilder group, string space)
    {
        group.MapGet("/entities", (HttpContext context, IServiceProvider services, CancellationToken ct) => QueryAsync(context, Space(services, space), ct))
            .WithName($"{space}-QueryEntities").WithSummary("Query entities by type, id, q (attr==value, attr>value, ';' for AND) and near a point.")
            .Produces(StatusCodes.Status200OK, contentType: NgsiContext.LdJson).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/entities/{id}", (string id, HttpContext context, IServiceProvider services, CancellationToken ct) => GetAsync(id, context, Space(services, space), ct))
            .WithName($"{space}-GetEntity").WithSummary("One entity by its URN, e.g. urn:ngsi-ld:Shelter:odono-cc.")
            .Produces(StatusCodes.Status200OK, contentType: NgsiContext.LdJson).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/types", (HttpContext context, IServiceProvider services) => Types(context, Space(services, space)))
            .WithName($"{space}-ListTypes").WithSummary("The entity types this context broker offers.");
        return group;
    }

    private static EntitySpace Space(IServiceProvider services, string name) => services.GetRequiredKeyedService<EntitySpace>(name);

    private static async Task<IResult> QueryAsync(HttpContext context, EntitySpace space, CancellationToken cancellationToken)
    {
        var plain = NgsiResponses.WantsPlainJson(context.Request, out var notAcceptable);
        if (notAcceptable is not null)
        {
            return notAcceptable;
        }

        if (EntityQuery.Parse(context.Request.Query, out var error) is not { } query)
        {
            return error!;
        }

        IReadOnlyList<NgsiEntity> all;
        try
        {
            all = await space.ListAsync(query.Types, cancellationToken);
        }
        catch (SourceUnavailableException ex)
        {
            return NgsiErrors.Unavailable($"The {ex.SourceName} service did not answer; try again shortly.");
        }

        var matching = all.Where(query.Matches);
        var ordered = query.Geo is { } geo ? matching.OrderBy(geo.DistanceTo).ThenBy(e => e.Id, StringComparer.Ordinal) : matching.OrderBy(e => e.Id, StringComparer.Ordinal);
        var list = ordered.ToList();
        if (query.Count)
        {
            NgsiResponses.SetCount(context, list.Count);
        }

        var page = list.Skip(query.Offset).Take(query.Limit);
        return NgsiResponses.Write(context, NgsiResponses.Entities(page, query.Attributes, plain ? null : NgsiContext.UrlFor(context.Request)), plain);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, EntitySpace space, CancellationToken cancellationToken)
    {
        var plain = NgsiResponses.WantsPlainJson(context.Request, out var notAcceptable);
        if (notAcceptable is not null)
        {
            return notAcceptable;
        }

        if (!NgsiIds.IsUri(id))
        {
            return NgsiErrors.BadRequest($"'{id}' is not a URI such as urn:ngsi-ld:Shelter:odono-cc.", "id");
        }

        NgsiEntity? entity;
        try
        {
            entity = await space.FindAsync(id, cancellationToken);
        }
        catch (SourceUnavailableException ex)
        {
            return NgsiErrors.Unavailable($"The {ex.SourceName} service did not answer; try again shortly.");
        }

        if (entity is null)
        {
            return NgsiErrors.NotFound($"No entity {id}.");
        }

        var attributes = context.Request.Query["attrs"].ToString() is { Length: > 0 } attrs ? attrs.Split(',').ToHashSet(StringComparer.Ordinal) : null;
        return NgsiResponses.Write(context, entity.ToJson(attributes, plain ? null : NgsiContext.UrlFor(context.Request)), plain);
    }

    private static IResult Types(HttpContext context, EntitySpace space)
    {
        var plain = NgsiResponses.WantsPlainJson(context.Request, out var notAcceptable);
        if (notAcceptable is not null)
        {
            return notAcceptable;
        }

        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = $"urn:ngsi-ld:EntityTypeList:{space.Name}",
            ["type"] = "EntityTypeList",
            ["typeList"] = new System.Text.Json.Nodes.JsonArray([.. space.Types.Order(StringComparer.Ordinal).Select(t => (System.Text.Json.Nodes.JsonNode)t)]),
        };
        if (!plain)
        {
            body["@context"] = NgsiContext.UrlFor(context.Request);
        }

        return NgsiResponses.Write(context, body, plain);
    }
}
