namespace CityOs.Gateway.Webhooks;

/// <summary>One notification to send: an NGSI-LD notification or a signed webhook call.</summary>
public sealed record Delivery
{
    public const string WebhookKind = "webhook";
    public const string SubscriptionKind = "subscription";

    public required string Id { get; init; }

    public required string ClientId { get; init; }

    public required string Kind { get; init; }

    public required string TargetId { get; init; }

    public required string Url { get; init; }

    public required string Event { get; init; }

    public required string Body { get; init; }

    public required string ContentType { get; init; }

    /// <summary>Webhooks only: the key the body is signed with.</summary>
    public string? Secret { get; init; }

    /// <summary>NGSI-LD notifications sent as application/json carry their @context as a Link header.</summary>
    public string? Link { get; init; }

    public int PreviousAttempts { get; init; }
}

public sealed record DeliveryOutcome(bool Delivered, int Attempts, int? LastStatus, string? LastError);
