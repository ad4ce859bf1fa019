namespace CityOs.Gateway.Webhooks;

/// <summary>How NGSI-LD notifications and webhooks are watched for and delivered.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Gateway:Notifications";

    /// <summary>How often the watcher reads the sources that some subscription or webhook follows.</summary>
    public TimeSpan WatchEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often subscriptions made on another gateway instance are picked up from the store.</summary>
    public TimeSpan RefreshEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt before a notification is dead-lettered.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry's delay; later ones double (with jitter).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Spread retries randomly so many failing partners do not retry in step; off only where exact waits matter (tests).</summary>
    public bool RetryJitter { get; set; } = true;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries in flight at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>Accept plain http:// notification URLs; for a local bench only, never on the city's network.</summary>
    public bool AllowHttp { get; set; }
}
