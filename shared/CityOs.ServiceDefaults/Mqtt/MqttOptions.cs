using System.ComponentModel.DataAnnotations;

namespace CityOs.ServiceDefaults.Mqtt;

/// <summary>Bound from <c>Mqtt</c>. <c>Mqtt:Mode</c> = Embedded (the host runs the broker) | External (mosquitto, EMQX, ...).</summary>
public sealed class MqttOptions
{
    public const string Section = "Mqtt";

    [Required]
    [RegularExpression("^(Embedded|External)$", ErrorMessage = "Mqtt:Mode must be 'Embedded' or 'External'.")]
    public string Mode { get; set; } = "External";

    [Required(ErrorMessage = "Mqtt:Host is required.")]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535, ErrorMessage = "Mqtt:Port must be a TCP port (1-65535).")]
    public int Port { get; set; } = 1883;

    /// <summary>Stable per service instance: the broker keeps the persistent session (and queued QoS1 readings) under it.</summary>
    [Required(ErrorMessage = "Mqtt:ClientId is required.")]
    public string ClientId { get; set; } = "cityos-sensors";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Embedded broker only: devices log in with their id and registered password and may publish only on their
    /// own topics. Off means any client may connect anonymously (an external broker enforces its own rules).
    /// </summary>
    public bool RequireDeviceCredentials { get; set; }

    /// <summary>
    /// Messages handled at once, each in a lane chosen by its topic so one device's readings keep their order.
    /// Kept below the duplicate filter's window (64) so a reading is never that far behind its device's newest.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Mqtt:HandlerLanes must be between 1 and 64.")]
    public int HandlerLanes { get; set; } = 32;

    /// <summary>
    /// One attempt at handling a message is abandoned after this long and tried again. A bus publish whose channel
    /// died with the broker can otherwise wait for its confirm forever (seen with kill -9 of RabbitMQ), holding
    /// the reading unacknowledged while the new connection is already up.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Mqtt:HandlerAttemptTimeout must be between 1 s and 10 min.")]
    public TimeSpan HandlerAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the broker keeps our session (and queued readings) while we are away.</summary>
    [Range(0, uint.MaxValue, ErrorMessage = "Mqtt:SessionExpirySeconds must not be negative.")]
    public long SessionExpirySeconds { get; set; } = 86_400;
}
