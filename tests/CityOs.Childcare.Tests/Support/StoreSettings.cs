namespace CityOs.Childcare.Tests.Support;

/// <summary>Store settings for tests that restart the service over the same data.</summary>
public static class StoreSettings
{
    /// <summary>A SQLite file of the test's own, outside the folder each host deletes when it stops.</summary>
    public static Dictionary<string, string?> SqliteFile(string path) => new() { ["Store:Provider"] = "Sqlite", ["Store:SqlitePath"] = path };

    /// <summary>The Cosmos emulator that ./test.sh starts; a fresh database per test. Fails, never skips, without it.</summary>
    public static Dictionary<string, string?> Cosmos(string database)
    {
        var endpoint = Environment.GetEnvironmentVariable("CITYOS_COSMOS");
        var key = Environment.GetEnvironmentVariable("CITYOS_COSMOS_KEY");
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException("CITYOS_COSMOS and CITYOS_COSMOS_KEY are not set: run the tests with ./test.sh, which starts the Cosmos emulator.");
        }

        return new()
        {
            ["Store:Provider"] = "Cosmos",
            ["Store:CosmosEndpoint"] = endpoint,
            ["Store:CosmosKey"] = key,
            ["Store:CosmosDatabase"] = database,
            ["Store:CosmosAllowInsecureEmulator"] = endpoint.StartsWith("http://", StringComparison.Ordinal) ? "true" : "false",
            ["Store:CosmosAcceptCertificateThumbprint"] = Environment.GetEnvironmentVariable("CITYOS_COSMOS_THUMBPRINT"),
        };
    }
}
