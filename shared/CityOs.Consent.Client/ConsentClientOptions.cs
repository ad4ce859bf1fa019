namespace CityOs.Consent.Client;

public sealed class ConsentClientOptions
{
    public const string Section = "ConsentClient";

    /// <summary>The domains served by this process; the cache keeps entries for these only.</summary>
    public HashSet<string> Domains { get; } = new(StringComparer.Ordinal);

    /// <summary>Without a heartbeat for this long the cache is in doubt and every check goes to Consent.</summary>
    public TimeSpan StalenessBound { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A sequence number announced by a heartbeat but not received for this long means a lost message: the cache is cleared.</summary>
    public TimeSpan GapGrace { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait for Consent before denying (fail closed).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
