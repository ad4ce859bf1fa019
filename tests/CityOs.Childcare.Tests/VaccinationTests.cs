using System.Net;
using CityOs.Childcare.Tests.Support;

namespace CityOs.Childcare.Tests;

public sealed class VaccinationTests(ITestOutputHelper output)
{
    private const string V = "/api/childcare/v1/vaccinations";

    [Fact]
    public async Task Booking_respects_capacity_double_booking_and_the_schedule_and_cancelling_frees_the_place()
    {
        await using var host = new ChildcareHost(output);
        var slot = await ChildcareHost.PostJson(host.Staff, $"{V}/slots", new
        {
            clinicId = "clinic-yuda", clinicName = "湯田こどもクリニック", vaccine = "mr", start = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(9)), capacity = 1,
        }, HttpStatusCode.Created);
        var slotId = (string?)slot["id"];

        var notDue = await ChildcareHost.PostJson(host.Staff, $"{V}/bookings", new { slotId, childPseudonym = "c-baby", childAgeMonths = 6 }, HttpStatusCode.BadRequest);
        Assert.NotNull(notDue["errors"]!["childAgeMonths"]);

        var booking = await ChildcareHost.PostJson(host.Staff, $"{V}/bookings", new { slotId, childPseudonym = "c-yamamoto-b", childAgeMonths = 13 }, HttpStatusCode.Created);
        await ChildcareHost.PostJson(host.Staff, $"{V}/bookings", new { slotId, childPseudonym = "c-yamamoto-b", childAgeMonths = 13 }, HttpStatusCode.Conflict);
        var full = await ChildcareHost.PostJson(host.Staff, $"{V}/bookings", new { slotId, childPseudonym = "c-other", childAgeMonths = 14 }, HttpStatusCode.Conflict);
        Assert.Contains("full", (string?)full["title"], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await host.Staff.DeleteAsync($"{V}/bookings/{booking["id"]}")).StatusCode);
        await ChildcareHost.PostJson(host.Staff, $"{V}/bookings", new { slotId, childPseudonym = "c-other", childAgeMonths = 14 }, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Schedule_lists_the_routine_vaccines_with_ages_in_months()
    {
        await using var host = new ChildcareHost(output);
        var schedule = await ChildcareHost.Json(await host.Http.GetAsync($"{V}/schedule"));
        Assert.Contains(schedule["vaccines"]!.AsArray(), v => (string?)v!["code"] == "bcg" && (int)v["toMonths"]! == 11);
    }
}
