using CityOs.Gateway.Ngsi.Sources;
using CityOs.Gateway.PartnerApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityOs.Gateway.Webhooks;

/// <summary>
/// A partner's webhooks under <c>/clients/{clientId}/webhooks</c>. The path names the partner so a console can show
/// it, but only the token decides: any other client id is refused with the same 403, existing or not.
/// </summary>
public static class WebhookApi
{
    public sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events, bool? Sandbox, string? Description);

    public static RouteGroupBuilder MapWebhookApi(this RouteGroupBuilder client)
    {
        var hooks = client.MapGroup("/webhooks").WithTags("Webhooks");
        hooks.MapGet("/", async (string clientId, HttpContext context, WebhookStore store, CancellationToken ct) =>
                Own(context, clientId) ?? TypedResults.Ok((await store.ListAsync(clientId, ct)).Select(WebhookView.From).ToList()))
            .WithName("ListWebhooks").WithSummary("The partner's webhooks (never their secrets).")
            .Produces<List<WebhookView>>().ProducesProblem(StatusCodes.Status403Forbidden);
        hooks.MapPost("/", CreateAsync)
            .WithName("CreateWebhook").WithSummary("Register a webhook for events; the answer holds the HMAC secret, shown this once.")
            .Produces<CreatedWebhook>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        hooks.MapGet("/{id}", async (string clientId, string id, HttpContext context, WebhookStore store, CancellationToken ct) =>
                Own(context, clientId) ?? (await store.GetAsync(clientId, id, ct) is { } w ? TypedResults.Ok(WebhookView.From(w)) : TypedResults.NotFound()))
            .WithName("GetWebhook").WithSummary("One of the partner's webhooks.")
            .Produces<WebhookView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapDelete("/{id}", async (string clientId, string id, HttpContext context, WebhookStore store, CancellationToken ct) =>
                Own(context, clientId) ?? (await store.DeleteAsync(clientId, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound()))
            .WithName("DeleteWebhook").WithSummary("Stop a webhook.");
        return client;
    }

    /// <summary>Null when the token's client is the one in the path; otherwise the refusal to answer with.</summary>
    internal static IResult? Own(HttpContext context, string clientId) =>
        Partner.ClientId(context.User) is not { } caller ? Partner.NoClient()
        : string.Equals(caller, clientId, StringComparison.Ordinal) ? null
        : Partner.Refused();

    private static async Task<IResult> CreateAsync(string clientId, WebhookRequest body, HttpContext context, WebhookStore store, TimeProvider time, IOptions<NotificationOptions> options, CancellationToken cancellationToken)
    {
        if (Own(context, clientId) is { } refused)
        {
            return refused;
        }

        var errors = new Dictionary<string, string[]>();
        if (NotificationUrl.Check(body.Url, options.Value.AllowHttp) is { } urlError)
        {
            errors["url"] = [$"{urlError} / 通知先の URL を確認してください"];
        }

        if (body.Events is not { Count: > 0 } || body.Events.Any(e => !WebhookEvents.EntityTypeOf.ContainsKey(e)))
        {
            errors["events"] = [$"One or more of: {string.Join(", ", WebhookEvents.EntityTypeOf.Keys)} / 受け取るイベントを1つ以上"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var webhook = await store.CreateAsync(new Webhook
        {
            Id = Guid.NewGuid().ToString("N"),
            ClientId = clientId,
            Space = body.Sandbox == true ? EntitySpace.Sandbox : EntitySpace.City,
            Url = body.Url!,
            Events = [.. body.Events!.Distinct(StringComparer.Ordinal)],
            Secret = WebhookSignature.NewSecret(),
            Description = body.Description,
            CreatedAt = time.GetUtcNow(),
        }, cancellationToken);
        return TypedResults.Created($"{context.Request.PathBase}/api/partners/v1/clients/{clientId}/webhooks/{webhook.Id}",
            new CreatedWebhook(webhook.Id, webhook.ClientId, webhook.Space, webhook.Url, webhook.Events, webhook.Description, webhook.CreatedAt, webhook.Secret));
    }
}
