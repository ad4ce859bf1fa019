using System.Text.Json;
using System.Text.Json.Nodes;
using CityOs.Gateway.PartnerApi;
using CityOs.Gateway.Webhooks;
using CityOs.ServiceDefaults.Security;
using CityOs.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CityOs.Gateway.Ngsi.Subscriptions;

/// <summary>NGSI-LD subscriptions with HTTP notifications. Needs a token with scope ngsi-ld.subscriptions; a partner sees only its own.</summary>
public static class SubscriptionApi
{
    public static RouteGroupBuilder MapSubscriptionApi(this RouteGroupBuilder ngsi, string space)
    {
        var group = ngsi.MapGroup("/subscriptions").RequireAuthorization(CityPolicies.Scope(CityScopes.NgsiSubscriptions));
        group.MapPost("/", (HttpContext context, SubscriptionStore store, TimeProvider time, IOptions<NotificationOptions> options, CancellationToken ct) => CreateAsync(context, space, store, time, options.Value, ct))
            .WithName($"{space}-CreateSubscription").WithSummary("Subscribe to changes of entities (type, id, q, geoQ, watchedAttributes); notifications are POSTed to notification.endpoint.uri.")
            .Accepts<JsonObject>("application/json", NgsiContext.LdJson).Produces(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", async (HttpContext context, SubscriptionStore store, CancellationToken ct) =>
                Partner.ClientId(context.User) is not { } client ? Partner.NoClient()
                    : Write(context, new JsonArray([.. (await store.ListAsync(client, space, ct)).Select(s => (JsonNode)SubscriptionJson.From(s, Context(context)))])))
            .WithName($"{space}-ListSubscriptions").WithSummary("The calling partner's subscriptions.");
        group.MapGet("/{id}", async (string id, HttpContext context, SubscriptionStore store, CancellationToken ct) =>
                Partner.ClientId(context.User) is not { } client ? Partner.NoClient()
                    : await store.GetAsync(client, space, id, ct) is { } s ? Write(context, SubscriptionJson.From(s, Context(context)))
                    : NgsiErrors.NotFound($"No subscription {id}."))
            .WithName($"{space}-GetSubscription").WithSummary("One of the calling partner's subscriptions (another partner's id answers 404).");
        group.MapDelete("/{id}", async (string id, HttpContext context, SubscriptionStore store, CancellationToken ct) =>
                Partner.ClientId(context.User) is not { } client ? Partner.NoClient()
                    : await store.DeleteAsync(client, space, id, ct) ? TypedResults.NoContent()
                    : NgsiErrors.NotFound($"No subscription {id}."))
            .WithName($"{space}-DeleteSubscription").WithSummary("Delete one of the calling partner's subscriptions.");
        return ngsi;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, string space, SubscriptionStore store, TimeProvider time, NotificationOptions options, CancellationToken cancellationToken)
    {
        if (Partner.ClientId(context.User) is not { } client)
        {
            return Partner.NoClient();
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException ex)
        {
            return NgsiErrors.Invalid($"The body is not JSON: {ex.Message}");
        }

        if (body is null)
        {
            return NgsiErrors.Invalid("The body must be a JSON object (an NGSI-LD Subscription).");
        }

        if (SubscriptionRequest.Parse(body, client, space, time.GetUtcNow(), options.AllowHttp, out var error) is not { } subscription)
        {
            return error!;
        }

        try
        {
            await store.CreateAsync(subscription, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = "https://uri.etsi.org/ngsi-ld/errors/AlreadyExists",
                Title = "Already exists / すでに存在します",
                Detail = $"You already have a subscription {subscription.Id}.",
            });
        }

        return TypedResults.Created($"{context.Request.PathBase}{context.Request.Path.Value!.TrimEnd('/')}/{Uri.EscapeDataString(subscription.Id)}");
    }

    private static string Context(HttpContext context) => NgsiContext.UrlFor(context.Request);

    private static IResult Write(HttpContext context, JsonNode body) => NgsiResponses.Write(context, body, plainJson: false);
}
