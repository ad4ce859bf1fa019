using CityOs.Storage;
using Polly.CircuitBreaker;

namespace CityOs.Storage.Tests;

public sealed class CosmosCircuitTests : IDisposable
{
    private readonly CosmosDocumentStore _store = new(new StoreOptions
    {
        Provider = "Cosmos",
        CosmosEndpoint = "http://127.0.0.1:9/",
        CosmosKey = Convert.ToBase64String(new byte[64]),
        CosmosAllowInsecureEmulator = true,
        CosmosRequestTimeout = TimeSpan.FromSeconds(2),
        CosmosMaxRetries = 0,
    });

    [Fact]
    public async Task A_store_that_keeps_failing_is_reported_unavailable_at_once()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => _store.PingAsync());
            if (error.InnerException is BrokenCircuitException)
            {
                return;
            }
        }

        Assert.Fail("The circuit never opened after 20 failed calls.");
    }

    public void Dispose() => _store.Dispose();
}
