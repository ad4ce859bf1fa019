namespace CityOs.Gateway.Webhooks;

/// <summary>A partner's webhook: one document, partitioned by the partner's client id, so no query can cross partners.</summary>
public sealed record Webhook
{
    public const string Container = "gateway-webhooks";

    public required string Id { get; init; }

    public required string ClientId { get; init; }

    public required string Space { get; init; }

    public required string Url { get; init; }

    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>The HMAC key; shown to the partner once, at creation, never in lists.</summary>
    public required string Secret { get; init; }

    public string? Description { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What a partner sees of its webhook after creation (no secret).</summary>
public sealed record WebhookView(string Id, string ClientId, string Space, string Url, IReadOnlyList<string> Events, string? Description, DateTimeOffset CreatedAt)
{
    public static WebhookView From(Webhook w) => new(w.Id, w.ClientId, w.Space, w.Url, w.Events, w.Description, w.CreatedAt);
}

/// <summary>The answer to a creation: the view plus the signing secret, this once.</summary>
public sealed record CreatedWebhook(string Id, string ClientId, string Space, string Url, IReadOnlyList<string> Events, string? Description, DateTimeOffset CreatedAt, string Secret);
