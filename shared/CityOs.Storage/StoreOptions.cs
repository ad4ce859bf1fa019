using System.ComponentModel.DataAnnotations;

namespace CityOs.Storage;

/// <summary>Bound from the <c>Store</c> section: <c>Store:Provider</c> = Sqlite | Cosmos.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    [Required]
    [RegularExpression("^(Sqlite|Cosmos)$", ErrorMessage = "Store:Provider must be 'Sqlite' or 'Cosmos'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite file; relative paths are under the content root.</summary>
    public string SqlitePath { get; set; } = "data/run/cityos.db";

    public string? CosmosEndpoint { get; set; }

    public string? CosmosKey { get; set; }

    public string CosmosDatabase { get; set; } = "cityos";

    /// <summary>Accept this self-signed certificate (SHA-1 or SHA-256 hex) besides publicly trusted ones: for a test emulator over https.</summary>
    public string? CosmosAcceptCertificateThumbprint { get; set; }

    /// <summary>Accept any certificate: only for a throwaway local emulator.</summary>
    public bool CosmosAllowInsecureEmulator { get; set; }

    public TimeSpan CosmosRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of transient failures (throttling, 503, timeouts) before the store reports itself unavailable.</summary>
    [Range(0, 10)]
    public int CosmosMaxRetries { get; set; } = 3;
}
