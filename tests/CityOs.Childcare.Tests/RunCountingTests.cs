using System.Net;
using CityOs.Childcare.Allocation;
using CityOs.Childcare.Facilities;
using CityOs.Childcare.Tests.Support;
using CityOs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Childcare.Tests;

/// <summary>
/// A run's places reach the enrolled counts exactly once, even when the process stopped between writing the outcomes
/// and counting (the state is put back to that moment through the store, as a crash would leave it).
/// </summary>
public sealed class RunCountingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Interrupted_run_is_counted_once_before_the_next_run(bool facilityAlreadyCounted)
    {
        await using var host = new ChildcareHost(output);
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-count", 2, ["ns-odono"]), HttpStatusCode.Created);
        var run = await ChildcareHost.PostJson(host.Staff, "/api/childcare/v1/allocation-runs", new { }, HttpStatusCode.Created);
        var runId = (string)run["id"]!;
        Assert.Equal(12, await EnrolledAsync(host));

        var store = host.Services.GetRequiredService<IDocumentStore>();
        var stored = (await store.GetAsync<AllocationRun>(AllocationRunStore.Container, "2027-04", runId))!;
        await store.ReplaceAsync(AllocationRunStore.Container, "2027-04", runId, stored.Value with { Counted = false }, stored.ETag);
        if (!facilityAlreadyCounted)
        {
            // Stopped before the facility's write: the place is not in the count and the facility has not seen the run.
            var facility = (await store.GetAsync<FacilityRecord>(FacilityCatalog.Container, FacilityCatalog.Partition, "ns-odono"))!;
            await store.ReplaceAsync(FacilityCatalog.Container, FacilityCatalog.Partition, "ns-odono", facility.Value with
            {
                Facility = facility.Value.Facility.WithPlaces(2, p => p with { Enrolled = 11 }),
                CountedRuns = [],
            }, facility.ETag);
            Assert.Equal(11, await EnrolledAsync(host));
        }

        await ChildcareHost.PostJson(host.Staff, "/api/childcare/v1/allocation-runs", new { }, HttpStatusCode.Created);

        Assert.Equal(12, await EnrolledAsync(host));
        var finished = await ChildcareHost.Json(await host.Staff.GetAsync($"/api/childcare/v1/allocation-runs/{runId}"));
        Assert.True((bool)finished["counted"]!);
    }

    private static async Task<int> EnrolledAsync(ChildcareHost host)
    {
        var odono = (await ChildcareHost.Json(await host.Http.GetAsync("/api/childcare/v1/facilities?district=odono"))).AsArray().First(f => (string?)f!["id"] == "ns-odono")!;
        return (int)odono["ageClasses"]!.AsArray().First(a => (int)a!["ageClass"]! == 2)!["enrolled"]!;
    }
}
