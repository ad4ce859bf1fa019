namespace CityOs.Gateway.Webhooks;

/// <summary>A notification that failed every attempt; kept for its partner to read and redeliver. Partitioned by client id.</summary>
public sealed record DeadLetter
{
    public const string Container = "gateway-dead-letters";

    public required string Id { get; init; }

    public required string ClientId { get; init; }

    /// <summary><c>webhook</c> or <c>subscription</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The webhook id or NGSI-LD subscription id it was for.</summary>
    public required string TargetId { get; init; }

    public required string Url { get; init; }

    public required string Event { get; init; }

    public required string Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    public string? Link { get; init; }

    public required int Attempts { get; init; }

    public int? LastStatus { get; init; }

    public string? LastError { get; init; }

    public required DateTimeOffset DeadAt { get; init; }

    public int Redeliveries { get; init; }
}
