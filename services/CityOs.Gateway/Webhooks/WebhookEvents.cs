namespace CityOs.Gateway.Webhooks;

/// <summary>The events a webhook can follow, each tied to the entity type whose changes raise it. All are open, non-personal data.</summary>
public static class WebhookEvents
{
    public const string AlertRaised = "alert.raised";
    public const string RiverLevel = "river.level";
    public const string ShelterOccupancy = "shelter.occupancy";
    public const string ChildcareVacancies = "childcare.vacancies";
    public const string CycleStation = "cycle.station";
    public const string BusPosition = "bus.position";

    public static readonly IReadOnlyDictionary<string, string> EntityTypeOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AlertRaised] = "Alert",
        [RiverLevel] = "RiverGauge",
        [ShelterOccupancy] = "Shelter",
        [ChildcareVacancies] = "ChildcareFacility",
        [CycleStation] = "CycleStation",
        [BusPosition] = "BusVehicle",
    };

    public static string? ForEntityType(string type) => EntityTypeOf.FirstOrDefault(p => p.Value == type).Key;
}

public sealed record WebhookEventView(string Event, string EntityType);
