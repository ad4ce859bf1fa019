namespace CityOs.Childcare.Facilities;

/// <summary>A licensed nursery (認可保育所), certified centre (認定こども園) or after-school club (放課後児童クラブ).</summary>
public sealed record ChildcareFacility
{
    public required string Id { get; init; }

    public required string NameJa { get; init; }

    public required string NameEn { get; init; }

    /// <summary><c>nursery</c>, <c>certified-centre</c> or <c>after-school-club</c>.</summary>
    public required string Kind { get; init; }

    public required string District { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public required bool Open { get; init; }

    /// <summary>Age classes 0–5 for nurseries and centres; school years 1–6 for clubs.</summary>
    public required IReadOnlyList<AgeClassPlaces> AgeClasses { get; init; }

    public bool Offers(int ageClass) => AgeClasses.Any(a => a.AgeClass == ageClass);

    public bool IsClub => Kind == FacilityKind.AfterSchoolClub;

    public ChildcareFacility WithPlaces(int ageClass, Func<AgeClassPlaces, AgeClassPlaces> change) =>
        this with { AgeClasses = [.. AgeClasses.Select(a => a.AgeClass == ageClass ? change(a) : a)] };
}
