using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.Storage;
using CityOs.Childcare.Tests.Support;
using CityOs.Contracts.Consent;
using CityOs.Storage;

namespace CityOs.Childcare.Tests;

/// <summary>Every change is one ETag-checked write: racing writers never lose an update or overfill a place.</summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private sealed record Counter(int Value);

    [Fact]
    public async Task A_change_that_loses_a_race_is_decided_again_on_the_newer_document()
    {
        var folder = Directory.CreateTempSubdirectory("childcare-etag-");
        try
        {
            var store = new SqliteDocumentStore(Path.Combine(folder.FullName, "store.db"));
            await store.CreateAsync("counters", "p", "c", new Counter(0));
            var interfered = false;
            var result = await store.ApplyAsync<Counter>("counters", "p", "c", c =>
            {
                if (!interfered)
                {
                    // Another writer gets in between this read and this write.
                    interfered = true;
                    var current = store.GetAsync<Counter>("counters", "p", "c").GetAwaiter().GetResult()!;
                    store.ReplaceAsync("counters", "p", "c", new Counter(current.Value.Value + 10), current.ETag).GetAwaiter().GetResult();
                }

                return c! with { Value = c.Value + 1 };
            }, CancellationToken.None);

            Assert.True(result.Changed);
            Assert.Equal(11, result.Value!.Value);
            Assert.Equal(11, (await store.GetAsync<Counter>("counters", "p", "c"))!.Value.Value);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_writer_that_keeps_losing_gets_the_conflict_that_the_api_answers_with_409()
    {
        var folder = Directory.CreateTempSubdirectory("childcare-etag-");
        try
        {
            var store = new SqliteDocumentStore(Path.Combine(folder.FullName, "store.db"));
            await store.CreateAsync("counters", "p", "c", new Counter(0));
            await Assert.ThrowsAsync<DocumentConflictException>(() => store.ApplyAsync<Counter>("counters", "p", "c", c =>
            {
                var current = store.GetAsync<Counter>("counters", "p", "c").GetAwaiter().GetResult()!;
                store.ReplaceAsync("counters", "p", "c", new Counter(current.Value.Value + 1), current.ETag).GetAwaiter().GetResult();
                return c! with { Value = -1 };
            }, CancellationToken.None));
            Assert.NotEqual(-1, (await store.GetAsync<Counter>("counters", "p", "c"))!.Value.Value);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Parallel_bookings_never_overfill_a_slot_and_parallel_presence_reports_all_land()
    {
        await using var host = new ChildcareHost(output);
        var slot = await ChildcareHost.PostJson(host.Staff, "/api/childcare/v1/vaccinations/slots", new
        {
            clinicId = "clinic-ouchi", clinicName = "大内小児科", vaccine = "mr", start = new DateTimeOffset(2026, 12, 10, 14, 0, 0, TimeSpan.FromHours(9)), capacity = 3,
        }, HttpStatusCode.Created);
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            host.Staff.PostAsJsonAsync("/api/childcare/v1/vaccinations/bookings", new { slotId = (string?)slot["id"], childPseudonym = $"c-rush-{i}", childAgeMonths = 14 })));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var listed = (await ChildcareHost.Json(await host.Http.GetAsync("/api/childcare/v1/vaccinations/slots?vaccine=mr"))).AsArray();
        Assert.Equal(3, (int)listed.Single(s => (string?)s!["id"] == (string?)slot["id"])!["booked"]!);

        await host.PublishAsync(new DisasterDeclared
        {
            DeclarationId = Guid.NewGuid(), Districts = ["yuda"], Categories = ["registry.support-needs"],
            From = DateTimeOffset.UtcNow, Until = DateTimeOffset.UtcNow.AddHours(6), Reason = "level-4 yuda",
        });
        await Eventually.True(async () => (await host.Staff.PostAsJsonAsync("/api/childcare/v1/disaster/presence", new { facilityId = "ns-yuda", childPseudonym = "c-first", status = "present" })).StatusCode == HttpStatusCode.Accepted,
            TimeSpan.FromSeconds(15), "the declaration to arrive");
        var reports = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            host.Staff.PostAsJsonAsync("/api/childcare/v1/disaster/presence", new { facilityId = "ns-yuda", childPseudonym = $"c-yuda-{i}", status = "present" })));
        Assert.All(reports, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var summary = await ChildcareHost.Json(await host.Staff.GetAsync("/api/childcare/v1/disaster/districts/yuda/summary"));
        Assert.Equal(21, (int)summary["present"]!);
    }
}
