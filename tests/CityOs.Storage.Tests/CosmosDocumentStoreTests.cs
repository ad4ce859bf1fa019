using CityOs.Storage;

namespace CityOs.Storage.Tests;

/// <summary>The same contract as SQLite, against the Cosmos emulator that ./test.sh starts.</summary>
public sealed class CosmosDocumentStoreTests(CosmosStoreFixture fixture) : DocumentStoreContract, IClassFixture<CosmosStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;

    [Fact]
    public async Task Ping_succeeds_against_the_emulator()
    {
        await Store.PingAsync();
    }

    [Fact]
    public async Task Values_round_trip_exactly()
    {
        var value = new Shelter("避難所 \"A\" / 1", "odono", int.MaxValue, false, new DateTimeOffset(2026, 7, 1, 9, 0, 0, 123, TimeSpan.FromHours(9)), "");
        await Store.CreateAsync("roundtrip", "p", "x", value);
        Assert.Equal(value, (await Store.GetAsync<Shelter>("roundtrip", "p", "x"))!.Value);
    }

    [Fact]
    public async Task Id_that_cosmos_cannot_hold_is_refused_clearly()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync("ids", "p", "a/b", new Shelter("A", "p", 1, true)));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync<Shelter>("ids", "p", "a#b"));
    }
}
