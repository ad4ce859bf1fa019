namespace CityOs.Sensors.Ingestion;

/// <summary>
/// What goes to <c>cityos/v1/dead-letter/{deviceId}</c> for a refused payload. The payload is kept as
/// base64 (it may not be text) and cut at <see cref="MaxPayloadBytes"/>, so a hostile payload cannot grow the topic.
/// </summary>
public sealed record DeadLetter
{
    public const int MaxPayloadBytes = 4096;

    public required string Reason { get; init; }

    public required string Detail { get; init; }

    public required string Topic { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Base64 of the first <see cref="MaxPayloadBytes"/> bytes.</summary>
    public required string Payload { get; init; }

    public required int PayloadLength { get; init; }

    public required bool PayloadTruncated { get; init; }

    public static DeadLetter For(Rejection rejection, string topic, ReadOnlySpan<byte> payload, DateTimeOffset receivedAt) => new()
    {
        Reason = rejection.Reason,
        Detail = rejection.Detail,
        Topic = topic.Length > 256 ? topic[..256] : topic,
        ReceivedAt = receivedAt,
        Payload = Convert.ToBase64String(payload[..Math.Min(payload.Length, MaxPayloadBytes)]),
        PayloadLength = payload.Length,
        PayloadTruncated = payload.Length > MaxPayloadBytes,
    };
}
