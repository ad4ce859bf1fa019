using CityOs.Consent.Ledger;
using CityOs.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityOs.Consent.Tests;

public sealed class LedgerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cityos-ledger-").FullName;
    private readonly SqliteDocumentStore _store;

    public LedgerTests() => _store = new SqliteDocumentStore(Path.Combine(_directory, "ledger.db"));

    private DisclosureLedger NewLedger() => new(_store, TimeProvider.System, NullLogger<DisclosureLedger>.Instance);

    private static LedgerDraft Draft(int i) =>
        new("disclosure", $"subject-{i % 3}", "evacuation-ride", "disaster", "mobility", ["mobility-needs.wheelchair"], $"consent:c{i}", Flagged: i % 5 == 0);

    [Fact]
    public async Task Appended_entries_chain_and_verify()
    {
        var ledger = NewLedger();
        for (var i = 1; i <= 20; i++)
        {
            var entry = await ledger.AppendAsync(Draft(i), CancellationToken.None);
            Assert.Equal(i, entry.Sequence);
        }

        var verification = await ledger.VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid);
        Assert.Equal(20, verification.EntriesChecked);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(37)]
    [InlineData(64)]
    public async Task A_restarted_ledger_continues_the_chain_after_its_last_entry(int existing)
    {
        var before = NewLedger();
        for (var i = 1; i <= existing; i++)
        {
            await before.AppendAsync(Draft(i), CancellationToken.None);
        }

        var next = await NewLedger().AppendAsync(Draft(existing + 1), CancellationToken.None);

        Assert.Equal(existing + 1, next.Sequence);
        Assert.True((await NewLedger().VerifyAsync(CancellationToken.None)).Valid);
    }

    [Fact]
    public async Task A_restarted_ledger_with_a_hole_still_appends_after_the_real_tail()
    {
        var before = NewLedger();
        for (var i = 1; i <= 9; i++)
        {
            await before.AppendAsync(Draft(i), CancellationToken.None);
        }

        await _store.DeleteAsync(DisclosureLedger.Container, DisclosureLedger.Partition, DisclosureLedger.IdOf(4));

        var next = await NewLedger().AppendAsync(Draft(10), CancellationToken.None);

        Assert.Equal(10, next.Sequence);
        Assert.Equal(4, (await NewLedger().VerifyAsync(CancellationToken.None)).FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_finds_a_modified_entry_and_names_it()
    {
        var ledger = NewLedger();
        for (var i = 1; i <= 10; i++)
        {
            await ledger.AppendAsync(Draft(i), CancellationToken.None);
        }

        var stored = await _store.GetAsync<LedgerEntry>(DisclosureLedger.Container, DisclosureLedger.Partition, DisclosureLedger.IdOf(6));
        await _store.ReplaceAsync(DisclosureLedger.Container, DisclosureLedger.Partition, stored!.Id, stored.Value with { Recipient = "partner:evil" }, stored.ETag);

        var verification = await ledger.VerifyAsync(CancellationToken.None);
        Assert.False(verification.Valid);
        Assert.Equal(6, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_finds_a_removed_entry()
    {
        var ledger = NewLedger();
        for (var i = 1; i <= 5; i++)
        {
            await ledger.AppendAsync(Draft(i), CancellationToken.None);
        }

        await _store.DeleteAsync(DisclosureLedger.Container, DisclosureLedger.Partition, DisclosureLedger.IdOf(3));
        var verification = await ledger.VerifyAsync(CancellationToken.None);
        Assert.False(verification.Valid);
        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Two_writers_on_one_store_keep_one_unbroken_chain()
    {
        var first = NewLedger();
        var second = NewLedger();
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 50; i++) { await first.AppendAsync(Draft(i), CancellationToken.None); } }),
            Task.Run(async () => { for (var i = 0; i < 50; i++) { await second.AppendAsync(Draft(i), CancellationToken.None); } }));

        var verification = await NewLedger().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Problem);
        Assert.Equal(100, verification.EntriesChecked);
    }

    [Fact]
    public async Task A_restarted_ledger_continues_the_chain()
    {
        await NewLedger().AppendAsync(Draft(1), CancellationToken.None);
        var next = await NewLedger().AppendAsync(Draft(2), CancellationToken.None);
        Assert.Equal(2, next.Sequence);
        Assert.True((await NewLedger().VerifyAsync(CancellationToken.None)).Valid);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
