using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.FamilySupport;
using CityOs.Childcare.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Childcare.Tests;

/// <summary>Who may reach applications and family support: a named pseudonym needs staff; a resident's own routes a resident or counter sign-in.</summary>
public sealed class ChildcareAccessTests(ITestOutputHelper output)
{
    private const string Api = "/api/childcare/v1";

    public static TheoryData<string, string> StaffOnly => new()
    {
        { "POST", $"{Api}/applications" },
        { "GET", $"{Api}/applications/app-2027-04-000000000000" },
        { "POST", $"{Api}/applications/app-2027-04-000000000000/withdraw" },
        { "POST", $"{Api}/family-support/members" },
        { "POST", $"{Api}/family-support/requests" },
        { "GET", $"{Api}/family-support/requests/fr-0" },
        { "POST", $"{Api}/family-support/requests/fr-0/match" },
        { "POST", $"{Api}/family-support/requests/fr-0/accept" },
        { "POST", $"{Api}/family-support/requests/fr-0/complete" },
        { "POST", $"{Api}/vaccinations/bookings" },
        { "DELETE", $"{Api}/vaccinations/bookings/vb-0" },
    };

    [Theory]
    [MemberData(nameof(StaffOnly))]
    public async Task Acting_for_a_named_pseudonym_needs_a_staff_sign_in(string method, string path)
    {
        await using var host = new ChildcareHost(output);

        using var anonymous = await host.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Open_data_stays_open()
    {
        await using var host = new ChildcareHost(output);

        foreach (var path in new[] { "/facilities", "/vacancies", "/vaccinations/schedule", "/vaccinations/slots" })
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(Api + path)).StatusCode);
        }
    }

    [Fact]
    public async Task Resident_routes_refuse_no_token_and_plain_staff()
    {
        await using var host = new ChildcareHost(output);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync($"{Api}/residents/r-anyone/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync($"{Api}/residents/r-anyone/family-support/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Staff.GetAsync($"{Api}/residents/r-anyone/applications")).StatusCode);
    }

    [Fact]
    public async Task A_pseudonym_has_one_membership_and_its_requests_are_listed_from_the_member_index()
    {
        await using var host = new ChildcareHost(output);
        var first = await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/members", new { pseudonym = "cc-once" }, HttpStatusCode.OK);
        var again = await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/members", new { pseudonym = "cc-once" }, HttpStatusCode.OK);
        Assert.Equal((string?)first["id"], (string?)again["id"]);
        var other = await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/members", new { pseudonym = "cc-other" }, HttpStatusCode.OK);

        var start = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(9));
        var ids = new List<string?>();
        foreach (var (member, at) in new[] { (first, start), (other, start), (first, start.AddDays(1)) })
        {
            var created = await ChildcareHost.PostJson(host.Staff, $"{Api}/family-support/requests", new
            {
                memberId = (string?)member["id"], start = at, durationMinutes = 60, fromFacilityId = "ns-odono", toLat = 34.19, toLon = 131.47, childAgeMonths = 30,
            }, HttpStatusCode.Created);
            ids.Add((string?)created["id"]);
        }

        var listed = await host.Services.GetRequiredService<FamilySupportStore>().RequestsOfAsync((string)first["id"]!, 100, CancellationToken.None);

        Assert.Equal([ids[2], ids[0]], listed.Select(r => r.Id));
    }
}
