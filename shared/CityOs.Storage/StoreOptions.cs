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
}
