using System.Diagnostics;
using CityOs.Storage;
using Polly.CircuitBreaker;

namespace CityOs.Storage.Tests;

/// <summary>Needs no emulator: nothing listens on the endpoint.</summary>
public sealed class CosmosUnavailableTests
{
    private static CosmosDocumentStore Unreachable(int maxRetries) => new(new StoreOptions
    {
        Provider = "Cosmos",
        CosmosEndpoint = "http://127.0.0.1:9/",
        CosmosKey = Convert.ToBase64String(new byte[64]),
        CosmosAllowInsecureEmulator = true,
        CosmosRequestTimeout = TimeSpan.FromSeconds(2),
        CosmosMaxRetries = maxRetries,
    });

    [Fact]
    public async Task Unreachable_endpoint_is_store_unavailable_not_a_raw_exception()
    {
        using var store = Unreachable(maxRetries: 1);
        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync<string>("c", "p", "x"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CreateAsync("c", "p", "x", "v"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.PingAsync());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task A_store_that_keeps_failing_is_reported_unavailable_at_once()
    {
        using var store = Unreachable(maxRetries: 0);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.PingAsync());
            if (error.InnerException is BrokenCircuitException)
            {
                return;
            }
        }

        Assert.Fail("The circuit never opened after 20 failed calls.");
    }
}
