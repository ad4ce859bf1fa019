using System.Diagnostics;
using CityOs.Storage;

namespace CityOs.Storage.Tests;

/// <summary>Needs no emulator: nothing listens on the endpoint.</summary>
public sealed class CosmosUnavailableTests : IDisposable
{
    private readonly CosmosDocumentStore _store = new(new StoreOptions
    {
        Provider = "Cosmos",
        CosmosEndpoint = "http://127.0.0.1:9/",
        CosmosKey = Convert.ToBase64String(new byte[64]),
        CosmosAllowInsecureEmulator = true,
        CosmosRequestTimeout = TimeSpan.FromSeconds(2),
        CosmosMaxRetries = 1,
    });

    [Fact]
    public async Task Unreachable_endpoint_is_store_unavailable_not_a_raw_exception()
    {
        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => _store.GetAsync<string>("c", "p", "x"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => _store.CreateAsync("c", "p", "x", "v"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => _store.PingAsync());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
    }

    public void Dispose() => _store.Dispose();
}
