using CityOs.Storage;

namespace CityOs.Storage.Tests;

/// <summary>One client for all Cosmos contract tests; each test still gets its own container.</summary>
public sealed class CosmosStoreFixture : IDisposable
{
    public CosmosStoreFixture()
    {
        var endpoint = Environment.GetEnvironmentVariable("CITYOS_COSMOS");
        var key = Environment.GetEnvironmentVariable("CITYOS_COSMOS_KEY");
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException(
                "CITYOS_COSMOS and CITYOS_COSMOS_KEY are not set: run the tests with ./test.sh, which starts the Cosmos emulator " +
                "(or start it with deploy/local/cosmos.sh start and export the two variables it prints).");
        }

        Store = new CosmosDocumentStore(new StoreOptions
        {
            Provider = "Cosmos",
            CosmosEndpoint = endpoint,
            CosmosKey = key,
            CosmosDatabase = "contract-" + Guid.NewGuid().ToString("N")[..8],
            // http:// is the emulator's plain mode; over https only its pinned certificate is trusted.
            CosmosAllowInsecureEmulator = endpoint.StartsWith("http://", StringComparison.Ordinal),
            CosmosAcceptCertificateThumbprint = Environment.GetEnvironmentVariable("CITYOS_COSMOS_THUMBPRINT"),
        });
    }

    public CosmosDocumentStore Store { get; }

    public void Dispose() => Store.Dispose();
}
