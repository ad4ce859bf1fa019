using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Contracts.Consent;

namespace CityOs.Childcare.Tests.Support;

/// <summary>
/// Touches every kind of state the service keeps, then checks each from a second host over the same store:
/// an application placed by a run and one withdrawn, the places they took, a completed family-support request, a
/// vaccination booking, a disaster declaration and a presence report.
/// </summary>
public static class RestartScenario
{
    private const string Api = "/api/childcare/v1";

    // Thursday 26 November 2026, 18:00 in Yamaguchi.
    private static readonly DateTimeOffset PickUp = new(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(9));

    public sealed record Written(string Placed, string Withdrawn, string Run, string SupportRequest, string Slot, string Booking);

    public static async Task<Written> WriteAsync(ChildcareHost host)
    {
        // ns-odono has one free place in age class 2 (capacity 12, enrolled 11).
        var placed = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-restart-a", 2, ["ns-odono"]), HttpStatusCode.Created);
        var run = await ChildcareHost.PostJson(host.Staff, $"{Api}/allocation-runs", new { }, HttpStatusCode.Created);
        Assert.Equal("ns-odono", (string?)run["assignments"]!["c-restart-a"]);
        var withdrawn = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-restart-b", 3, ["ns-shiraishi"]), HttpStatusCode.Created);
        await ChildcareHost.PostJson(host.Staff, $"{ApplicationBodies.Path}/{withdrawn["id"]}/withdraw", new { }, HttpStatusCode.OK);

        var member = await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/members", new { pseudonym = "cc-restart-parent" }, HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/providers", new
        {
            pseudonym = "cc-restart-helper", trained = true, vetted = true, qualifications = new[] { "infant-ok" }, lat = 34.192, lon = 131.482,
            availability = new[] { new { day = "Thursday", from = "16:00", to = "20:00" } },
        }, HttpStatusCode.OK);
        var request = await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/requests", new
        {
            memberId = (string?)member["id"], start = PickUp, durationMinutes = 60, fromFacilityId = "ns-odono", toLat = 34.19, toLon = 131.47, childAgeMonths = 30,
        }, HttpStatusCode.Created);
        var id = (string?)request["id"];
        await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/requests/{id}/match", new { }, HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/requests/{id}/accept", new { party = "member" }, HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/requests/{id}/accept", new { party = "provider" }, HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/requests/{id}/complete", new { minutes = 60 }, HttpStatusCode.OK);

        var slot = await ChildcareHost.PostJson(host.Staff, $"{Api}/vaccinations/slots", new
        {
            clinicId = "clinic-yuda", clinicName = "湯田こどもクリニック", vaccine = "mr", start = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(9)), capacity = 2,
        }, HttpStatusCode.Created);
        var booking = await ChildcareHost.PostJson(host.Staff, $"{Api}/vaccinations/bookings", new { slotId = (string?)slot["id"], childPseudonym = "c-restart-a", childAgeMonths = 13 }, HttpStatusCode.Created);

        await host.PublishAsync(new DisasterDeclared
        {
            DeclarationId = Guid.NewGuid(), Districts = ["odono"], Categories = ["registry.support-needs"],
            From = DateTimeOffset.UtcNow, Until = DateTimeOffset.UtcNow.AddHours(6), Reason = "level-4 odono river gauge",
        });
        await Eventually.True(async () => (await host.Staff.PostAsJsonAsync($"{Api}/disaster/presence", new { facilityId = "ns-odono", childPseudonym = "c-restart-a", status = "present" })).StatusCode == HttpStatusCode.Accepted,
            TimeSpan.FromSeconds(15), "presence to be accepted after the declaration");

        return new Written((string)placed["id"]!, (string)withdrawn["id"]!, (string)run["id"]!, id!, (string)slot["id"]!, (string)booking["id"]!);
    }

    public static async Task VerifyAsync(ChildcareHost host, Written written)
    {
        var placed = await ChildcareHost.Json(await host.Staff.GetAsync($"{ApplicationBodies.Path}/{written.Placed}"));
        Assert.Equal("placed", (string?)placed["status"]);
        Assert.Equal("ns-odono", (string?)placed["outcome"]!["children"]![0]!["facility"]);
        Assert.Equal("withdrawn", (string?)(await ChildcareHost.Json(await host.Staff.GetAsync($"{ApplicationBodies.Path}/{written.Withdrawn}")))["status"]);
        Assert.Equal(1, (int)(await ChildcareHost.Json(await host.Staff.GetAsync($"{Api}/allocation-runs/{written.Run}")))["matched"]!);

        // The place the run gave is still taken, and the child's claim on the round still refuses a second application.
        var odono = (await ChildcareHost.Json(await host.Http.GetAsync($"{Api}/vacancies?district=odono"))).AsArray().First(f => (string?)f!["facilityId"] == "ns-odono")!;
        var twos = odono["ageClasses"]!.AsArray().First(a => (int)a!["ageClass"]! == 2)!;
        Assert.Equal(12, (int)twos["enrolled"]!);
        Assert.Equal(0, (int)twos["vacancies"]!);
        var again = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-restart-a", 2, ["ns-shiraishi"]), HttpStatusCode.BadRequest);
        Assert.Contains("already applied", again["errors"]!["children"]![0]!.ToString(), StringComparison.Ordinal);
        // A withdrawn application frees its child for the round.
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-restart-b", 3, ["ns-yuda"]), HttpStatusCode.Created);

        var support = await ChildcareHost.Json(await host.Staff.GetAsync($"{Api}/family-support/requests/{written.SupportRequest}"));
        Assert.Equal("completed", (string?)support["status"]);
        Assert.Equal(700, (int)support["completion"]!["feeYen"]!);

        var slots = (await ChildcareHost.Json(await host.Http.GetAsync($"{Api}/vaccinations/slots?vaccine=mr"))).AsArray();
        Assert.Equal(1, (int)slots.Single(s => (string?)s!["id"] == written.Slot)!["booked"]!);
        await ChildcareHost.PostJson(host.Staff, $"{Api}/vaccinations/bookings", new { slotId = written.Slot, childPseudonym = "c-restart-a", childAgeMonths = 13 }, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Staff.DeleteAsync($"{Api}/vaccinations/bookings/{written.Booking}")).StatusCode);

        JsonNode summary = await ChildcareHost.Json(await host.Staff.GetAsync($"{Api}/disaster/districts/odono/summary"));
        Assert.True((bool)summary["disasterDeclared"]!);
        Assert.Equal(1, (int)summary["present"]!);
    }
}
