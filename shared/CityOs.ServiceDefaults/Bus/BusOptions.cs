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

    [Range(1, 10_000, ErrorMessage = "Bus:PrefetchCount must be between 1 and 10000.")]
    public int PrefetchCount { get; set; } = 256;

    public bool IsRabbitMq => Transport == "RabbitMq";
}
