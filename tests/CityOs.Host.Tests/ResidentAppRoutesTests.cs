using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Host.Tests.Support;
using CityOs.Testing.Identity;

namespace CityOs.Host.Tests;

/// <summary>
/// The companion app's "my rides" and "my children's applications / family support" against the all-in-one host:
/// the resident is whoever Consent says the signed-in caller may reach, never a pseudonym the caller names.
/// </summary>
public sealed class ResidentAppRoutesTests(ResidentCity city) : IClassFixture<ResidentCity>
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>Tomorrow at 10:00 in Yamaguchi: inside every taxi's shift and the booking horizon, whenever the test runs.</summary>
    private static readonly DateTimeOffset TomorrowMorning = new(DateTimeOffset.UtcNow.ToOffset(Jst).Date.AddDays(1).AddHours(10), Jst);

    private static object RideBody(DateTimeOffset at) => new
    {
        pickup = new { lat = 34.186, lon = 131.476, label = "大殿地域交流センター" },
        dropoff = new { lat = 34.160, lon = 131.453, label = "湯田のクリニック" },
        earliestPickup = at,
        passengers = 1,
    };

    private static object ApplicationBody(string childResidentId) => new
    {
        parents = new[] { new { label = "母", workHoursPerMonth = 160m, reasons = Array.Empty<string>() } },
        children = new[] { new { residentId = childResidentId, ageClass = 2, preferences = new[] { "ns-odono", "ns-shiraishi" } } },
    };

    /// <summary>The counter enrols the child and records the parent as the one who may act for them (親子関係).</summary>
    private async Task<string> ChildOfAsync(string parent, string name)
    {
        var child = await city.EnrolAsync(name, "2023-08-01");
        await city.RecordFamilyProxyAsync(child, parent);
        return child;
    }

    private async Task<JsonNode> Read(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {expected}, got {response.StatusCode}: {text}"
            + string.Join('\n', city.Host.LogLines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).TakeLast(5)));
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }

    [Fact]
    public async Task Resident_books_sees_and_cancels_their_ride_and_applies_for_childcare_and_family_support()
    {
        var enrolled = await city.EnrolAsync("山本 花子", "1989-05-14");
        using var app = await city.SignInAsync(enrolled);
        var residentId = (string?)(await Read(await app.GetAsync("/api/consent/v1/me"), HttpStatusCode.OK))["self"]!["residentId"];
        Assert.Equal(enrolled, residentId);
        var rides = $"/api/mobility/v1/residents/{residentId}/rides";

        var booked = await Read(await app.PostAsJsonAsync(rides, RideBody(TomorrowMorning)), HttpStatusCode.OK);
        Assert.Equal("accepted", (string?)booked["outcome"]);
        Assert.Equal("App", (string?)booked["channel"]);
        Assert.Null(booked["actingAs"]);
        Assert.Equal("self", (string?)booked["bookedBy"]);
        Assert.True((bool)booked["cancellable"]!);
        var rideId = (string?)booked["rideId"];

        var listed = (await Read(await app.GetAsync(rides), HttpStatusCode.OK)).AsArray();
        Assert.Equal([rideId], listed.Select(r => (string?)r!["rideId"]));
        Assert.Equal("湯田のクリニック", (string?)listed[0]!["dropoff"]!["label"]);
        var status = await Read(await app.GetAsync($"{rides}/{rideId}"), HttpStatusCode.OK);
        Assert.Equal("accepted", (string?)status["outcome"]);
        Assert.NotNull(status["estimatedPickup"]);
        Assert.NotNull(status["promisedPickup"]);

        var cancelled = await Read(await app.PostAsync($"{rides}/{rideId}/cancel", null), HttpStatusCode.OK);
        Assert.Equal("cancelled", (string?)cancelled["outcome"]);
        Assert.Equal("cancelled", (string?)(await Read(await app.GetAsync(rides), HttpStatusCode.OK))[0]!["outcome"]);

        var applications = $"/api/childcare/v1/residents/{residentId}/applications";
        var child = await ChildOfAsync(residentId!, "山本 陽太");
        var applied = await Read(await app.PostAsJsonAsync(applications, ApplicationBody(child)), HttpStatusCode.Created);
        Assert.Equal(("submitted", "online"), ((string?)applied["status"], (string?)applied["method"]));
        var mine = (await Read(await app.GetAsync(applications), HttpStatusCode.OK)).AsArray();
        Assert.Equal([(string?)applied["id"]], mine.Select(a => (string?)a!["id"]));
        var childPseudonym = (string?)mine[0]!["children"]![0]!["pseudonym"];
        Assert.NotNull(childPseudonym);
        Assert.NotEqual(child, childPseudonym);
        var withdrawn = await Read(await app.PostAsync($"{applications}/{applied["id"]}/withdraw", null), HttpStatusCode.OK);
        Assert.Equal("withdrawn", (string?)withdrawn["status"]);

        var support = $"/api/childcare/v1/residents/{residentId}/family-support/requests";
        var asked = await Read(await app.PostAsJsonAsync(support, new
        {
            start = TomorrowMorning.AddHours(8), durationMinutes = 60, fromFacilityId = "ns-odono", toLat = 34.19, toLon = 131.47, childAgeMonths = 30,
        }), HttpStatusCode.Created);
        Assert.Contains((string?)asked["status"], new[] { "proposed", "unmatched" });
        Assert.Equal([(string?)asked["id"]], (await Read(await app.GetAsync(support), HttpStatusCode.OK)).AsArray().Select(r => (string?)r!["id"]));
        var accept = await app.PostAsync($"{support}/{asked["id"]}/accept", null);
        if ((string?)asked["status"] == "proposed")
        {
            Assert.True((bool)(await Read(accept, HttpStatusCode.OK))["memberAccepted"]!);
        }
        else
        {
            await Read(accept, HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task Another_resident_is_refused_with_the_same_403_as_for_a_made_up_resident_and_cannot_reach_by_id()
    {
        var owner = await city.EnrolAsync("藤井 一郎", "1954-02-02");
        using var ownerApp = await city.SignInAsync(owner);
        var ride = await Read(await ownerApp.PostAsJsonAsync($"/api/mobility/v1/residents/{owner}/rides", RideBody(TomorrowMorning.AddHours(1))), HttpStatusCode.OK);
        var application = await Read(await ownerApp.PostAsJsonAsync($"/api/childcare/v1/residents/{owner}/applications", ApplicationBody(await ChildOfAsync(owner, "藤井 咲"))), HttpStatusCode.Created);
        var other = await city.EnrolAsync("福田 健", "2006-07-07");
        using var otherApp = await city.SignInAsync(other);

        foreach (var path in new[] { "/api/mobility/v1/residents/{0}/rides", "/api/childcare/v1/residents/{0}/applications", "/api/childcare/v1/residents/{0}/family-support/requests" })
        {
            var theirs = await otherApp.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, owner));
            var madeUp = await otherApp.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "r-does-not-exist"));
            Assert.Equal(Refusal(await Read(theirs, HttpStatusCode.Forbidden)), Refusal(await Read(madeUp, HttpStatusCode.Forbidden)));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await otherApp.PostAsJsonAsync($"/api/mobility/v1/residents/{owner}/rides/{ride["rideId"]}/cancel", new { })).StatusCode);
        // Under their own id the other resident does not find the owner's ride or application at all.
        Assert.Equal(HttpStatusCode.NotFound, (await otherApp.GetAsync($"/api/mobility/v1/residents/{other}/rides/{ride["rideId"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApp.PostAsync($"/api/mobility/v1/residents/{other}/rides/{ride["rideId"]}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApp.GetAsync($"/api/childcare/v1/residents/{other}/applications/{application["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApp.PostAsync($"/api/childcare/v1/residents/{other}/applications/{application["id"]}/withdraw", null)).StatusCode);
        Assert.Empty((await Read(await otherApp.GetAsync($"/api/mobility/v1/residents/{other}/rides"), HttpStatusCode.OK)).AsArray());
        Assert.Equal("accepted", (string?)(await Read(await ownerApp.GetAsync($"/api/mobility/v1/residents/{owner}/rides/{ride["rideId"]}"), HttpStatusCode.OK))["outcome"]);
        Assert.Equal("submitted", (string?)(await Read(await ownerApp.GetAsync($"/api/childcare/v1/residents/{owner}/applications/{application["id"]}"), HttpStatusCode.OK))["status"]);
    }

    [Fact]
    public async Task A_parent_applies_only_for_children_with_a_recorded_relationship_and_learns_nothing_about_others()
    {
        var parent = await city.EnrolAsync("松田 由美", "1990-04-04");
        using var app = await city.SignInAsync(parent);
        var applications = $"/api/childcare/v1/residents/{parent}/applications";
        var ownChild = await ChildOfAsync(parent, "松田 蓮");
        var neighboursChild = await city.EnrolAsync("近藤 葵", "2023-02-02");

        var stranger = await Read(await app.PostAsJsonAsync(applications, ApplicationBody(neighboursChild)), HttpStatusCode.BadRequest);
        var madeUp = await Read(await app.PostAsJsonAsync(applications, ApplicationBody("r-does-not-exist")), HttpStatusCode.BadRequest);
        Assert.Equal(stranger["errors"]!.ToJsonString(), madeUp["errors"]!.ToJsonString());
        Assert.Contains("窓口", (string?)stranger["errors"]!["children[0].residentId"]![0], StringComparison.Ordinal);
        var self = await Read(await app.PostAsJsonAsync(applications, ApplicationBody(parent)), HttpStatusCode.BadRequest);
        Assert.NotNull(self["errors"]!["children[0].residentId"]);
        Assert.Empty((await Read(await app.GetAsync(applications), HttpStatusCode.OK)).AsArray());

        await Read(await app.PostAsJsonAsync(applications, ApplicationBody(ownChild)), HttpStatusCode.Created);
        Assert.Single((await Read(await app.GetAsync(applications), HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task A_parent_books_and_cancels_her_childs_vaccination_and_nobody_else_can_see_or_cancel_it()
    {
        var parent = await city.EnrolAsync("宮本 さやか", "1992-12-12");
        using var app = await city.SignInAsync(parent);
        var child = await ChildOfAsync(parent, "宮本 ゆい");
        using var clinic = city.Host.CreateStaffClient(DemoAccounts.Staff);
        var slot = await Read(await clinic.PostAsJsonAsync("/api/childcare/v1/vaccinations/slots", new
        {
            clinicId = "clinic-yuda", clinicName = "湯田こどもクリニック", vaccine = "hib", start = TomorrowMorning.AddDays(7), capacity = 1,
        }), HttpStatusCode.Created);
        var bookings = $"/api/childcare/v1/residents/{child}/vaccinations";

        var notDue = await Read(await app.PostAsJsonAsync(bookings, new { slotId = (string?)slot["id"], childAgeMonths = 70 }), HttpStatusCode.BadRequest);
        Assert.NotNull(notDue["errors"]!["childAgeMonths"]);
        var booked = await Read(await app.PostAsJsonAsync(bookings, new { slotId = (string?)slot["id"], childAgeMonths = 4 }), HttpStatusCode.Created);
        Assert.Equal("hib", (string?)booked["vaccine"]);
        Assert.Equal([(string?)booked["id"]], (await Read(await app.GetAsync(bookings), HttpStatusCode.OK)).AsArray().Select(b => (string?)b!["id"]));
        await Read(await app.PostAsJsonAsync(bookings, new { slotId = (string?)slot["id"], childAgeMonths = 4 }), HttpStatusCode.Conflict);

        // Another parent: refused for the child, and under her own id the booking is not there to cancel.
        var other = await city.EnrolAsync("村上 直子", "1988-08-08");
        using var otherApp = await city.SignInAsync(other);
        await Read(await otherApp.GetAsync(bookings), HttpStatusCode.Forbidden);
        await Read(await otherApp.PostAsync($"/api/childcare/v1/residents/{other}/vaccinations/{booked["id"]}/cancel", null), HttpStatusCode.NotFound);
        Assert.Equal(0, (int)(await Read(await city.Anonymous.GetAsync("/api/childcare/v1/vaccinations/slots?vaccine=hib"), HttpStatusCode.OK))
            .AsArray().Single(s => (string?)s!["id"] == (string?)slot["id"])!["free"]!);

        await Read(await app.PostAsync($"{bookings}/{booked["id"]}/cancel", null), HttpStatusCode.NoContent);
        Assert.Empty((await Read(await app.GetAsync(bookings), HttpStatusCode.OK)).AsArray());
        Assert.Equal(1, (int)(await Read(await city.Anonymous.GetAsync("/api/childcare/v1/vaccinations/slots?vaccine=hib"), HttpStatusCode.OK))
            .AsArray().Single(s => (string?)s!["id"] == (string?)slot["id"])!["free"]!);
    }

    [Fact]
    public async Task Recorded_family_proxy_books_for_an_elderly_resident_and_the_ride_shows_a_proxy_booked_it()
    {
        var harada = await city.EnrolAsync("原田 ハナ", "1945-03-10");
        var son = await city.EnrolAsync("原田 太郎", "1973-11-01");
        using var sonApp = await city.SignInAsync(son);
        var haradaRides = $"/api/mobility/v1/residents/{harada}/rides";
        await Read(await sonApp.PostAsJsonAsync(haradaRides, RideBody(TomorrowMorning.AddHours(2))), HttpStatusCode.Forbidden);

        await city.RecordFamilyProxyAsync(harada, son);
        var booked = await Read(await sonApp.PostAsJsonAsync(haradaRides, RideBody(TomorrowMorning.AddHours(2))), HttpStatusCode.OK);

        Assert.Equal(("Family", "proxy"), ((string?)booked["actingAs"], (string?)booked["bookedBy"]));
        using var haradaApp = await city.SignInAsync(harada);
        var seenByHarada = (await Read(await haradaApp.GetAsync(haradaRides), HttpStatusCode.OK)).AsArray();
        Assert.Equal([((string?)booked["rideId"], "Family")], seenByHarada.Select(r => ((string?)r!["rideId"], (string?)r["actingAs"])));
        Assert.Empty((await Read(await sonApp.GetAsync($"/api/mobility/v1/residents/{son}/rides"), HttpStatusCode.OK)).AsArray());
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "GET", "/api/mobility/v1/residents/r-any/rides" },
        { "POST", "/api/mobility/v1/residents/r-any/rides" },
        { "GET", "/api/childcare/v1/residents/r-any/applications" },
        { "POST", "/api/childcare/v1/residents/r-any/family-support/requests" },
        { "POST", "/api/mobility/v1/rides" },
        { "GET", "/api/mobility/v1/rides/r-0" },
        { "DELETE", "/api/mobility/v1/rides/r-0" },
        { "POST", "/api/childcare/v1/applications" },
        { "GET", "/api/childcare/v1/applications/app-2027-04-000000000000" },
        { "POST", "/api/childcare/v1/family-support/requests/fr-0/accept" },
        { "POST", "/api/childcare/v1/vaccinations/bookings" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Without_a_token_resident_routes_and_the_formerly_open_ones_answer_401(string method, string path)
    {
        using var response = await city.Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Resident_routes_are_in_the_openapi_document()
    {
        var paths = (await Read(await city.Anonymous.GetAsync("/openapi/v1.json"), HttpStatusCode.OK))["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/mobility/v1/residents/{residentId}/rides/{rideId}/cancel", paths);
        Assert.Contains("/api/childcare/v1/residents/{residentId}/applications", paths);
        Assert.Contains("/api/childcare/v1/residents/{residentId}/family-support/requests/{id}/accept", paths);
    }

    /// <summary>A refusal body without its per-request parts (trace id, the path asked for).</summary>
    private static string Refusal(JsonNode body)
    {
        var copy = body.AsObject().DeepClone().AsObject();
        copy.Remove("traceId");
        copy.Remove("instance");
        copy.Remove("requestId");
        return copy.ToJsonString();
    }
}
