using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CityOs.Gateway.Tests.Support;

namespace CityOs.Gateway.Tests;

/// <summary>The NGSI-LD query language and its errors, against the sandbox of a gateway running alone (no token, no domain service).</summary>
public sealed class NgsiQueryTests(ITestOutputHelper output)
{
    private const string Sandbox = "/sandbox/ngsi-ld/v1";

    [Fact]
    public async Task Type_query_answers_ld_json_entities_with_urn_ids_and_the_served_context()
    {
        await using var gateway = Gateways.Standalone(output);
        using var http = gateway.CreateClient();

        var shelters = await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Shelter");

        Assert.Equal(5, shelters.Count);
        Assert.All(shelters, s =>
        {
            Assert.Equal("Shelter", s!["type"]!.GetValue<string>());
            Assert.StartsWith("urn:ngsi-ld:Shelter:sandbox-shelter-", NgsiClient.Id(s));
            Assert.Equal("Property", s["occupancy"]!["type"]!.GetValue<string>());
            Assert.Equal("GeoProperty", s["location"]!["type"]!.GetValue<string>());
            Assert.True(s["synthetic"]!["value"]!.GetValue<bool>());
        });
        var context = shelters[0]!["@context"]!.GetValue<string>();
        Assert.EndsWith("/ngsi-ld/v1/jsonldContexts/cityos.jsonld", context);

        var document = await http.GetAsync(new Uri(context).PathAndQuery);
        Assert.Equal("application/ld+json", document.Content.Headers.ContentType?.MediaType);
        var terms = JsonNode.Parse(await document.Content.ReadAsStringAsync())!["@context"]!;
        Assert.Equal("urn:cityos:vocab:occupancy", terms["occupancy"]!.GetValue<string>());
        Assert.Equal("https://uri.etsi.org/ngsi-ld/", terms["ngsi-ld"]!.GetValue<string>());
    }

    [Fact]
    public async Task Q_filters_with_comparisons_joined_by_semicolon()
    {
        await using var gateway = Gateways.Standalone(output, new Dictionary<string, string?> { ["Gateway:Sandbox:ChangeEvery"] = "01:00:00" });
        using var http = gateway.CreateClient();
        var all = await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Shelter");
        var expected = all.Where(s => NgsiClient.Value(s!, "capacity") >= 200 && NgsiClient.Value(s!, "capacity") < 500).Select(s => NgsiClient.Id(s!)).Order().ToList();

        var filtered = await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Shelter&q=capacity>=200;capacity<500");
        Assert.Equal(expected, filtered.Select(s => NgsiClient.Id(s!)).Order().ToList());
        Assert.Equal(3, filtered.Count);

        var welfare = await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Shelter&q=welfare==true");
        Assert.Equal(["urn:ngsi-ld:Shelter:sandbox-shelter-1"], welfare.Select(s => NgsiClient.Id(s!)));

        var byName = await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Shelter&q=nameEn==%22Sandbox%20Shelter%202%22");
        Assert.Equal(["urn:ngsi-ld:Shelter:sandbox-shelter-2"], byName.Select(s => NgsiClient.Id(s!)));
    }

    [Fact]
    public async Task Geo_query_near_a_point_returns_only_entities_within_max_distance_nearest_first()
    {
        await using var gateway = Gateways.Standalone(output);
        using var http = gateway.CreateClient();

        // Sandbox shelters i = 1..5 sit at (131.470 + 0.01 i, 34.175 + 0.005 (i mod 3)). From (131.50, 34.18), by hand
        // (0.01 degree of longitude is about 921 m here, 0.005 of latitude 556 m): #3 556 m, #4 921 m, #2 1076 m, #1 1842 m, #5 1924 m.
        var near = await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Shelter&georel=near;maxDistance==1100&geometry=Point&coordinates=[131.5,34.18]");

        Assert.Equal(["urn:ngsi-ld:Shelter:sandbox-shelter-3", "urn:ngsi-ld:Shelter:sandbox-shelter-4", "urn:ngsi-ld:Shelter:sandbox-shelter-2"], near.Select(s => NgsiClient.Id(s!)));
        var far = await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Shelter&georel=near;minDistance==1900&geometry=Point&coordinates=[131.5,34.18]");
        Assert.Equal(["urn:ngsi-ld:Shelter:sandbox-shelter-5"], far.Select(s => NgsiClient.Id(s!)));
    }

    [Fact]
    public async Task Get_by_id_attrs_paging_count_and_plain_json_with_a_link_header()
    {
        await using var gateway = Gateways.Standalone(output);
        using var http = gateway.CreateClient();

        var one = JsonNode.Parse(await http.GetStringAsync($"{Sandbox}/entities/urn:ngsi-ld:CycleStation:sandbox-dock-2?attrs=capacity"))!;
        Assert.Equal("urn:ngsi-ld:CycleStation:sandbox-dock-2", NgsiClient.Id(one));
        Assert.Equal(10, NgsiClient.Value(one, "capacity"));
        Assert.Null(one["availableBikeNumber"]);

        var page = await http.GetAsync($"{Sandbox}/entities?type=Shelter,CycleStation&limit=4&offset=2&count=true");
        Assert.Equal("9", page.Headers.GetValues("NGSILD-Results-Count").Single());
        Assert.Equal(4, JsonNode.Parse(await page.Content.ReadAsStringAsync())!.AsArray().Count);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Sandbox}/entities?type=ChildcareFacility");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var plain = await http.SendAsync(request);
        Assert.Equal("application/json", plain.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rel=\"http://www.w3.org/ns/json-ld#context\"", plain.Headers.GetValues("Link").Single());
        var facilities = JsonNode.Parse(await plain.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(4, facilities.Count);
        Assert.All(facilities, f => Assert.Null(f!["@context"]));
        Assert.All(facilities, f => Assert.True(f!["vacancies"]!["value"]!.GetValue<int>() >= 0));
    }

    [Theory]
    [InlineData("/entities", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", null)]
    [InlineData("/entities?type=Shelter&q=capacity>>3", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "q")]
    [InlineData("/entities?type=Shelter&q=capacity==1|capacity==2", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "q")]
    [InlineData("/entities?type=Shelter&georel=within&geometry=Point&coordinates=[131.5,34.18]", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "georel")]
    [InlineData("/entities?type=Shelter&georel=near;maxDistance==100&geometry=Polygon&coordinates=[131.5,34.18]", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "geometry")]
    [InlineData("/entities?type=Shelter&georel=near;maxDistance==100&geometry=Point&coordinates=[34.18]", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "coordinates")]
    [InlineData("/entities?type=Shelter&georel=near;maxDistance==100", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "geometry")]
    [InlineData("/entities?type=Shelter&limit=5000", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "limit")]
    [InlineData("/entities?id=not%20a%20uri", 400, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "id")]
    [InlineData("/entities/urn:ngsi-ld:Shelter:nowhere", 404, "https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound", null)]
    [InlineData("/entities/urn:ngsi-ld:Spaceship:one", 404, "https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound", null)]
    public async Task Faults_answer_ngsi_ld_problem_details_naming_the_parameter(string path, int status, string type, string? parameter)
    {
        await using var gateway = Gateways.Standalone(output);
        using var http = gateway.CreateClient();

        var problem = await NgsiClient.ProblemAsync(http, Sandbox + path, status);

        Assert.Equal(type, problem["type"]!.GetValue<string>());
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        Assert.Equal(parameter, problem["parameter"]?.GetValue<string>());
    }

    [Fact]
    public async Task An_unsupported_media_type_is_406_and_unknown_types_give_an_empty_list()
    {
        await using var gateway = Gateways.Standalone(output);
        using var http = gateway.CreateClient();

        var problem = await NgsiClient.ProblemAsync(http, $"{Sandbox}/entities?type=Shelter", 406, "text/xml");
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/NotAcceptable", problem["type"]!.GetValue<string>());
        Assert.Empty(await NgsiClient.EntitiesAsync(http, $"{Sandbox}/entities?type=Spaceship"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{Sandbox}/types")).StatusCode);
    }
}
