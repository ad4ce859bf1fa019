namespace CityOs.Contracts.Childcare;

/// <summary>
/// Open data: the free places of one age class at one facility changed (placement, withdrawal, enrolled count or
/// capacity). Places only, never who holds them. Sent again when in doubt, so consumers keep the highest <see cref="Version"/>.
/// </summary>
public sealed record FacilityVacancyChanged
{
    public required string FacilityId { get; init; }

    /// <summary>Age class 0–5 at nurseries and certified centres, school year 1–6 at after-school clubs.</summary>
    public required int AgeClass { get; init; }

    /// <summary>Free places now; 0 while the facility takes no applications.</summary>
    public required int Vacancies { get; init; }

    /// <summary>When the facility's places were last changed.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The facility's change counter; a message with a lower version than one already seen is stale.</summary>
    public required long Version { get; init; }
}
