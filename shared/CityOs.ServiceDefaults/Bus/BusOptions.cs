using System.ComponentModel.DataAnnotations;

namespace CityOs.ServiceDefaults.Bus;

/// <summary>Bound from <c>Bus</c>: the transport is chosen by configuration alone.</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    [Required]
    [RegularExpression("^(InMemory|RabbitMq)$", ErrorMessage = "Bus:Transport must be 'InMemory' or 'RabbitMq'.")]
    public string Transport { get; set; } = "InMemory";

    /// <summary><c>Bus:RabbitMq</c>, e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>.</summary>
    public string? RabbitMq { get; set; }

    /// <summary>Prepended to every queue name; lets several test runs share one broker without stealing each other's messages.</summary>
    [RegularExpression("^[a-z0-9-]*$", ErrorMessage = "Bus:QueuePrefix may hold only a-z, 0-9 and '-'.")]
    public string QueuePrefix { get; set; } = "";

    /// <summary>Messages the broker may push ahead of the acks; 256-1000 keeps a consumer busy without hoarding (docs/benchmarks.md).</summary>
    [Range(1, 10_000, ErrorMessage = "Bus:PrefetchCount must be between 1 and 10000.")]
    public int PrefetchCount { get; set; } = 1000;

    /// <summary>
    /// Messages one endpoint handles at once. Low on purpose: on a small machine a high limit loses to lock contention
    /// and GC, and the store behind most consumers serialises writes anyway.
    /// </summary>
    [Range(1, 1_000, ErrorMessage = "Bus:ConcurrentMessageLimit must be between 1 and 1000.")]
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>
    /// What we send: <c>RawJson</c> (the message as plain JSON, MassTransit's headers as transport headers) or
    /// <c>Envelope</c> (MassTransit's JSON envelope). Every endpoint reads both, so a fleet can switch one service at a time.
    /// </summary>
    [RegularExpression("^(RawJson|Envelope)$", ErrorMessage = "Bus:Serializer must be 'RawJson' or 'Envelope'.")]
    public string Serializer { get; set; } = "RawJson";

    public bool IsRabbitMq => Transport == "RabbitMq";
}
