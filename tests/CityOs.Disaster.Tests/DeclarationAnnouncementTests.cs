using CityOs.Contracts.Consent;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Guidance;
using CityOs.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityOs.Disaster.Tests;

/// <summary>
/// A declaration the broker did not take is not lost: it stays pending, is announced by the next attempt, and is
/// announced again after a restart, so Consent always opens the break-glass window.
/// </summary>
public sealed class DeclarationAnnouncementTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cityos-declarations-").FullName;

    [Fact]
    public async Task A_declaration_whose_publish_failed_is_announced_by_the_next_attempt_and_guidance_follows()
    {
        var store = new SqliteDocumentStore(Path.Combine(_directory, "store.db"));
        var (bus, script) = ScriptedBus.Create(ScriptedBus.Outcome.Fail);
        var queue = new GuidanceQueue();
        var board = new DeclarationBoard(store, bus, queue, TimeProvider.System, NullLogger<DeclarationBoard>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => board.DeclareAsync(["D01", "D02"], "level-4 G01", "alert", CancellationToken.None));

        var stored = Assert.Single(board.All());
        Assert.True(board.Covers("D01"));
        Assert.True(board.HasUnannounced);
        Assert.Empty(script.Published);
        Assert.Equal(0, queue.Pending);

        await board.AnnouncePendingAsync(CancellationToken.None);

        var announced = Assert.IsType<DisasterDeclared>(Assert.Single(script.Published));
        Assert.Equal(stored.Id, announced.DeclarationId);
        Assert.Equal(["D01", "D02"], announced.Districts);
        Assert.False(board.HasUnannounced);
        Assert.True(queue.Reader.TryRead(out var work));
        Assert.Equal("break-glass", work.Trigger);
        Assert.Equal(["D01", "D02"], work.Districts);
    }

    [Fact]
    public async Task A_retried_declaration_for_covered_districts_still_announces_the_pending_one_once()
    {
        var store = new SqliteDocumentStore(Path.Combine(_directory, "store.db"));
        var (bus, script) = ScriptedBus.Create(ScriptedBus.Outcome.Fail);
        var board = new DeclarationBoard(store, bus, new GuidanceQueue(), TimeProvider.System, NullLogger<DeclarationBoard>.Instance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => board.DeclareAsync(["D03"], "level-4 G02", "alert", CancellationToken.None));

        // What the consumer's retry does: the district is covered now, so nothing new is declared.
        Assert.Null(await board.DeclareAsync(["D03"], "level-4 G02", "alert", CancellationToken.None));

        Assert.Single(board.All());
        Assert.IsType<DisasterDeclared>(Assert.Single(script.Published));
    }

    [Fact]
    public async Task After_a_restart_open_declarations_are_announced_again_and_ended_ones_are_not()
    {
        var path = Path.Combine(_directory, "store.db");
        var (bus, _) = ScriptedBus.Create();
        var before = new DeclarationBoard(new SqliteDocumentStore(path), bus, new GuidanceQueue(), TimeProvider.System, NullLogger<DeclarationBoard>.Instance);
        var open = (await before.DeclareAsync(["D04"], "level-4 G03", "alert", CancellationToken.None))!.Id;
        var ended = (await before.DeclareAsync(["D05"], "staff", "staff", CancellationToken.None))!.Id;
        await before.EndAsync(ended, CancellationToken.None);

        // A new process on the same file: nothing of the first board's memory survives.
        var reopened = new SqliteDocumentStore(path);
        var (restartedBus, script) = ScriptedBus.Create();
        var after = new DeclarationBoard(reopened, restartedBus, new GuidanceQueue(), TimeProvider.System, NullLogger<DeclarationBoard>.Instance);
        await after.LoadAsync(CancellationToken.None);
        await after.AnnouncePendingAsync(CancellationToken.None);

        var again = Assert.IsType<DisasterDeclared>(Assert.Single(script.Published));
        Assert.Equal(open, again.DeclarationId);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
