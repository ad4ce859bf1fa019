using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.Tests.Support;

namespace CityOs.Childcare.Tests;

public sealed class FamilySupportTests(ITestOutputHelper output)
{
    private const string Fs = "/api/childcare/v1/family-support";

    // Thursday 26 November 2026, 18:00 in Yamaguchi: Yamamoto-san's nursery pick-up.
    private static readonly DateTimeOffset PickUp = new(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(9));

    private static object ProviderBody(string pseudonym, double lat, double lon, bool vetted = true, string[]? qualifications = null) => new
    {
        pseudonym,
        trained = true,
        vetted,
        qualifications = qualifications ?? ["infant-ok"],
        lat,
        lon,
        availability = new[] { new { day = "Thursday", from = "16:00", to = "20:00" } },
    };

    [Fact]
    public async Task Pick_up_request_is_matched_accepted_by_both_and_completed_with_the_weekday_fee()
    {
        await using var host = new ChildcareHost(output);
        var member = await ChildcareHost.PostJson(host.Staff, $"{Fs}/members", new { pseudonym = "cc-yamamoto" }, HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Fs}/providers", ProviderBody("cc-far", 34.30, 131.60), HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Fs}/providers", ProviderBody("cc-unvetted", 34.1896, 131.4799, vetted: false), HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Fs}/providers", ProviderBody("cc-no-infants", 34.1896, 131.4799, qualifications: []), HttpStatusCode.OK);
        var near = await ChildcareHost.PostJson(host.Staff, $"{Fs}/providers", ProviderBody("cc-near", 34.192, 131.482), HttpStatusCode.OK);

        var request = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests", new
        {
            memberId = (string?)member["id"], start = PickUp, durationMinutes = 60, fromFacilityId = "ns-odono", toLat = 34.19, toLon = 131.47, childAgeMonths = 8,
        }, HttpStatusCode.Created);
        var id = (string?)request["id"];

        var matched = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/match", new { }, HttpStatusCode.OK);
        Assert.Equal("proposed", (string?)matched["status"]);
        Assert.Equal((string?)near["id"], (string?)matched["providerId"]);
        Assert.True((double)matched["distanceKm"]! < 1);

        var half = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/accept", new { party = "member" }, HttpStatusCode.OK);
        Assert.Equal("proposed", (string?)half["status"]);
        var both = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/accept", new { party = "provider" }, HttpStatusCode.OK);
        Assert.Equal("accepted", (string?)both["status"]);

        var done = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/complete", new { minutes = 60 }, HttpStatusCode.OK);
        Assert.Equal("completed", (string?)done["status"]);
        Assert.Equal(700, (int)done["completion"]!["yenPerHour"]!);
        Assert.Equal(700, (int)done["completion"]!["feeYen"]!);
    }

    [Fact]
    public async Task Saturday_activity_is_charged_the_weekend_rate_in_started_half_hours()
    {
        await using var host = new ChildcareHost(output);
        var member = await ChildcareHost.PostJson(host.Staff, $"{Fs}/members", new { pseudonym = "cc-m" }, HttpStatusCode.OK);
        var provider = await ChildcareHost.PostJson(host.Staff, $"{Fs}/providers", ProviderBody("cc-p", 34.19, 131.48), HttpStatusCode.OK);
        var request = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests", new
        {
            memberId = (string?)member["id"], start = PickUp.AddDays(2).AddHours(-8), durationMinutes = 90, fromFacilityId = "ns-odono", toLat = 34.19, toLon = 131.47, childAgeMonths = 30,
        }, HttpStatusCode.Created);
        var id = (string?)request["id"];

        // Nobody is available on Saturdays, so the matcher finds no one and centre staff step in.
        Assert.Equal("unmatched", (string?)(await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/match", new { }, HttpStatusCode.OK))["status"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsJsonAsync($"{Fs}/requests/{id}/override", new { providerId = (string?)provider["id"], staffId = "s1" })).StatusCode);
        var overridden = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/override", new { providerId = (string?)provider["id"], staffId = "centre-01" }, HttpStatusCode.OK);
        Assert.Equal("proposed", (string?)overridden["status"]);
        Assert.Equal("centre-01", (string?)overridden["overriddenBy"]);

        await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/accept", new { party = "member" }, HttpStatusCode.OK);
        await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/accept", new { party = "provider" }, HttpStatusCode.OK);
        var done = await ChildcareHost.PostJson(host.Staff, $"{Fs}/requests/{id}/complete", new { minutes = 75 }, HttpStatusCode.OK);
        Assert.Equal(900, (int)done["completion"]!["yenPerHour"]!);
        Assert.Equal(1350, (int)done["completion"]!["feeYen"]!);
    }
}
