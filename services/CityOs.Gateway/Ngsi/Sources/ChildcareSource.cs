using System.Text.Json.Nodes;

namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>Nurseries, centres and after-school clubs with live vacancies per age class: places, never who holds them.</summary>
public sealed class ChildcareSource(IHttpClientFactory clients) : IEntitySource
{
    public const string HttpClientName = "cityos-childcare";

    public IReadOnlyList<string> Types { get; } = ["ChildcareFacility"];

    public async Task<IReadOnlyList<NgsiEntity>> ListAsync(string type, CancellationToken cancellationToken)
    {
        var facilities = await SourceJson.GetAsync<List<FacilityDto>>(clients.CreateClient(HttpClientName), "api/childcare/v1/facilities", "childcare", cancellationToken);
        return [.. facilities.Select(Facility)];
    }

    public static NgsiEntity Facility(FacilityDto f)
    {
        var classes = new JsonArray([.. f.AgeClasses.Select(a => (JsonNode)new JsonObject
        {
            ["ageClass"] = a.AgeClass,
            ["capacity"] = a.Capacity,
            ["vacancies"] = Math.Max(0, a.Capacity - a.Enrolled),
        })]);
        return new NgsiEntity("ChildcareFacility", f.Id)
            .Property("name", f.NameJa)
            .Property("nameEn", f.NameEn)
            .Property("kind", f.Kind)
            .Property("district", f.District)
            .At(f.Lon, f.Lat)
            .Property("open", f.Open)
            .Property("vacancies", f.AgeClasses.Sum(a => Math.Max(0, a.Capacity - a.Enrolled)))
            .Property("ageClasses", classes);
    }
}

public sealed record FacilityDto(string Id, string NameJa, string NameEn, string Kind, string District, double Lat, double Lon, bool Open, IReadOnlyList<AgeClassDto> AgeClasses);

public sealed record AgeClassDto(int AgeClass, int Capacity, int Enrolled);
