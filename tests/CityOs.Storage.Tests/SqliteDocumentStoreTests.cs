using CityOs.Storage;

namespace CityOs.Storage.Tests;

public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cityos-store-").FullName;

    public SqliteDocumentStoreTests() => Store = new SqliteDocumentStore(Path.Combine(_directory, "test.db"));

    protected override IDocumentStore Store { get; }

    [Fact]
    public async Task Documents_survive_reopening_the_file()
    {
        var path = Path.Combine(_directory, "reopen.db");
        await new SqliteDocumentStore(path).CreateAsync("c", "p", "x", new Shelter("A", "p", 1, true));
        Assert.Equal("A", (await new SqliteDocumentStore(path).GetAsync<Shelter>("c", "p", "x"))!.Value.Name);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
