namespace CityOs.Gateway.RateLimits;

public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    /// <summary>Requests per window for each signed-in partner client (partitioned by its client_id).</summary>
    public int ClientPermits { get; set; } = 600;

    /// <summary>Requests per window for each anonymous caller of open data (partitioned by IP address).</summary>
    public int AnonymousPermits { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
