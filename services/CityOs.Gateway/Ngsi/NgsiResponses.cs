using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace CityOs.Gateway.Ngsi;

/// <summary>
/// NGSI-LD content negotiation: application/ld+json (the default) carries @context in the body;
/// application/json carries it in a Link header; anything else is 406.
/// </summary>
public static class NgsiResponses
{
    public static bool WantsPlainJson(HttpRequest request, out IResult? notAcceptable)
    {
        notAcceptable = null;
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0 || accept.Any(a => a.MediaType == NgsiContext.LdJson || a.MediaType == "*/*" || a.MediaType == "application/*"))
        {
            return false;
        }

        if (accept.Any(a => a.MediaType == "application/json"))
        {
            return true;
        }

        notAcceptable = NgsiErrors.NotAcceptableMedia("Ask for application/ld+json or application/json.");
        return false;
    }

    public static IResult Write(HttpContext context, JsonNode body, bool plainJson, int status = StatusCodes.Status200OK)
    {
        var contextUrl = NgsiContext.UrlFor(context.Request);
        if (plainJson)
        {
            context.Response.Headers[HeaderNames.Link] = $"<{contextUrl}>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"{NgsiContext.LdJson}\"";
            return TypedResults.Text(body.ToJsonString(), "application/json", statusCode: status);
        }

        return TypedResults.Text(body.ToJsonString(), NgsiContext.LdJson, statusCode: status);
    }

    public static JsonArray Entities(IEnumerable<NgsiEntity> entities, IReadOnlySet<string>? attributes, string? context) =>
        new([.. entities.Select(e => (JsonNode)e.ToJson(attributes, context))]);

    public static void SetCount(HttpContext context, int count) =>
        context.Response.Headers["NGSILD-Results-Count"] = count.ToString(CultureInfo.InvariantCulture);
}
