using CityOs.Storage;

namespace CityOs.Storage.Tests;

/// <summary>
/// The behaviour every document store must have. A store implementation gets its own subclass, so
/// SQLite and Cosmos DB are held to the same tests.
/// </summary>
public abstract class DocumentStoreContract
{
    protected abstract IDocumentStore Store { get; }

    private readonly string _container = "contract-" + Guid.NewGuid().ToString("N")[..8];

    public sealed record Shelter(string Name, string District, int Capacity, bool Open, DateTimeOffset? OpenedAt = null, string? Note = null);

    [Fact]
    public async Task Created_document_reads_back_with_its_etag()
    {
        var created = await Store.CreateAsync(_container, "odono", "s1", new Shelter("大殿交流センター", "odono", 120, true));
        var read = await Store.GetAsync<Shelter>(_container, "odono", "s1");
        Assert.NotNull(read);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal("大殿交流センター", read.Value.Name);
    }

    [Fact]
    public async Task Missing_document_reads_as_null()
    {
        Assert.Null(await Store.GetAsync<Shelter>(_container, "odono", "nope"));
    }

    [Fact]
    public async Task Same_id_in_another_partition_is_another_document()
    {
        await Store.CreateAsync(_container, "odono", "s1", new Shelter("A", "odono", 1, true));
        await Store.CreateAsync(_container, "aio", "s1", new Shelter("B", "aio", 2, true));
        Assert.Equal("A", (await Store.GetAsync<Shelter>(_container, "odono", "s1"))!.Value.Name);
        Assert.Equal("B", (await Store.GetAsync<Shelter>(_container, "aio", "s1"))!.Value.Name);
    }

    [Fact]
    public async Task Creating_an_existing_id_is_a_conflict()
    {
        await Store.CreateAsync(_container, "odono", "s1", new Shelter("A", "odono", 1, true));
        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.CreateAsync(_container, "odono", "s1", new Shelter("B", "odono", 1, true)));
        Assert.Equal("A", (await Store.GetAsync<Shelter>(_container, "odono", "s1"))!.Value.Name);
    }

    [Fact]
    public async Task Replace_with_current_etag_succeeds_and_changes_the_etag()
    {
        var created = await Store.CreateAsync(_container, "odono", "s1", new Shelter("A", "odono", 1, true));
        var replaced = await Store.ReplaceAsync(_container, "odono", "s1", created.Value with { Capacity = 5 }, created.ETag);
        Assert.NotEqual(created.ETag, replaced.ETag);
        var read = await Store.GetAsync<Shelter>(_container, "odono", "s1");
        Assert.Equal(5, read!.Value.Capacity);
        Assert.Equal(replaced.ETag, read.ETag);
    }

    [Fact]
    public async Task Replace_with_stale_etag_is_a_conflict_and_changes_nothing()
    {
        var created = await Store.CreateAsync(_container, "odono", "s1", new Shelter("A", "odono", 1, true));
        await Store.ReplaceAsync(_container, "odono", "s1", created.Value with { Capacity = 2 }, created.ETag);
        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.ReplaceAsync(_container, "odono", "s1", created.Value with { Capacity = 3 }, created.ETag));
        Assert.Equal(2, (await Store.GetAsync<Shelter>(_container, "odono", "s1"))!.Value.Capacity);
    }

    [Fact]
    public async Task Replace_of_a_missing_document_is_not_found()
    {
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => Store.ReplaceAsync(_container, "odono", "gone", new Shelter("A", "odono", 1, true), "\"etag\""));
    }

    [Fact]
    public async Task Concurrent_replaces_with_one_etag_let_exactly_one_win()
    {
        var created = await Store.CreateAsync(_container, "odono", "s1", new Shelter("A", "odono", 0, true));
        var attempts = Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await Store.ReplaceAsync(_container, "odono", "s1", created.Value with { Capacity = i }, created.ETag);
                return true;
            }
            catch (DocumentConflictException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task Delete_removes_and_reports_whether_anything_was_there()
    {
        await Store.CreateAsync(_container, "odono", "s1", new Shelter("A", "odono", 1, true));
        Assert.True(await Store.DeleteAsync(_container, "odono", "s1"));
        Assert.False(await Store.DeleteAsync(_container, "odono", "s1"));
        Assert.Null(await Store.GetAsync<Shelter>(_container, "odono", "s1"));
    }

    [Fact]
    public async Task Delete_with_stale_etag_is_a_conflict()
    {
        var created = await Store.CreateAsync(_container, "odono", "s1", new Shelter("A", "odono", 1, true));
        await Store.ReplaceAsync(_container, "odono", "s1", created.Value with { Capacity = 2 }, created.ETag);
        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.DeleteAsync(_container, "odono", "s1", created.ETag));
        Assert.NotNull(await Store.GetAsync<Shelter>(_container, "odono", "s1"));
    }

    [Fact]
    public async Task Query_returns_only_the_partition_and_applies_the_filter()
    {
        await Store.CreateAsync(_container, "odono", "a", new Shelter("A", "odono", 50, true));
        await Store.CreateAsync(_container, "odono", "b", new Shelter("B", "odono", 150, true));
        await Store.CreateAsync(_container, "odono", "c", new Shelter("C", "odono", 300, false));
        await Store.CreateAsync(_container, "aio", "d", new Shelter("D", "aio", 500, true));

        var all = await Store.QueryAsync<Shelter>(_container, "odono");
        Assert.Equal(["A", "B", "C"], all.Select(d => d.Value.Name).Order());

        var bigOpen = await Store.QueryAsync<Shelter>(_container, "odono",
            DocumentFilter.Where("capacity", FilterOperator.GreaterThanOrEqual, 100).And("open", FilterOperator.Equal, true));
        Assert.Equal(["B"], bigOpen.Select(d => d.Value.Name));

        var notB = await Store.QueryAsync<Shelter>(_container, "odono", DocumentFilter.Where("name", FilterOperator.NotEqual, "B"));
        Assert.Equal(["A", "C"], notB.Select(d => d.Value.Name).Order());
    }

    [Fact]
    public async Task Query_filters_on_null_and_on_times()
    {
        var t0 = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);
        await Store.CreateAsync(_container, "p", "a", new Shelter("A", "p", 1, true, t0, "note"));
        await Store.CreateAsync(_container, "p", "b", new Shelter("B", "p", 1, true, t0.AddHours(2)));

        var withoutNote = await Store.QueryAsync<Shelter>(_container, "p", DocumentFilter.Where("note", FilterOperator.Equal, null));
        Assert.Equal(["B"], withoutNote.Select(d => d.Value.Name));

        var later = await Store.QueryAsync<Shelter>(_container, "p", DocumentFilter.Where("openedAt", FilterOperator.GreaterThan, t0.AddHours(1)));
        Assert.Equal(["B"], later.Select(d => d.Value.Name));
    }

    [Fact]
    public async Task Query_limit_caps_the_result()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.CreateAsync(_container, "p", $"s{i}", new Shelter($"S{i}", "p", i, true));
        }

        Assert.Equal(2, (await Store.QueryAsync<Shelter>(_container, "p", new DocumentFilter().Take(2))).Count);
    }

    [Fact]
    public async Task Query_refuses_a_path_that_is_not_a_plain_property_path()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.QueryAsync<Shelter>(_container, "p", DocumentFilter.Where("name') OR 1=1 --", FilterOperator.Equal, "x")));
    }

    [Fact]
    public async Task Scan_reads_across_partitions_with_the_filter()
    {
        await Store.CreateAsync(_container, "odono", "a", new Shelter("A", "odono", 50, true));
        await Store.CreateAsync(_container, "aio", "b", new Shelter("B", "aio", 150, true));
        await Store.CreateAsync(_container, "ogori", "c", new Shelter("C", "ogori", 300, false));

        var open = await Store.ScanAsync<Shelter>(_container, DocumentFilter.Where("open", FilterOperator.Equal, true));
        Assert.Equal(["A", "B"], open.Select(d => d.Value.Name).Order());
        Assert.Contains(open, d => d is { Partition: "aio", Id: "b" });
    }

    [Fact]
    public async Task Query_results_come_ordered_by_id()
    {
        foreach (var id in new[] { "000003", "000001", "000002" })
        {
            await Store.CreateAsync(_container, "p", id, new Shelter(id, "p", 1, true));
        }

        Assert.Equal(["000001", "000002", "000003"], (await Store.QueryAsync<Shelter>(_container, "p")).Select(d => d.Id));
    }
}
