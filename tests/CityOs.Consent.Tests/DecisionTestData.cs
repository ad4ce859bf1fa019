using CityOs.Consent.Decisions;
using CityOs.Consent.Purposes;
using CityOs.Consent.Records;

namespace CityOs.Consent.Tests;

internal static class DecisionTestData
{
    public static readonly PurposeCatalogue Catalogue = PurposeCatalogue.LoadEmbedded();

    public static readonly DateTimeOffset Now = new(2026, 7, 10, 9, 0, 0, TimeSpan.FromHours(9));

    public static ConsentRecord ConsentFor(string purposeId, IReadOnlyList<string>? categories = null, IReadOnlyList<string>? recipients = null,
        ConsentState state = ConsentState.Active, DateTimeOffset? from = null, DateTimeOffset? until = null)
    {
        var purpose = Catalogue.Find(purposeId)!;
        return new ConsentRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Version = 1,
            SubjectId = "subject",
            Controller = ConsentService.Controller,
            PurposeId = purposeId,
            PurposeVersion = purpose.Version,
            NoticeVersion = Catalogue.Version,
            Categories = categories ?? purpose.Categories,
            Recipients = recipients ?? purpose.Recipients,
            Method = ConsentMethod.App,
            ValidFrom = from ?? Now.AddDays(-10),
            ValidUntil = until ?? Now.AddDays(100),
            State = state,
            Events = [],
        };
    }

    public static BreakGlassWindow Window(IReadOnlyList<string> districts, IReadOnlyList<string> categories, DateTimeOffset? from = null, DateTimeOffset? until = null, DateTimeOffset? ended = null) =>
        new()
        {
            DeclarationId = Guid.NewGuid(),
            Districts = districts,
            Categories = categories,
            From = from ?? Now.AddHours(-1),
            Until = until ?? Now.AddHours(6),
            Reason = "test",
            EndedAt = ended,
        };

    public static LinkQuestion RideQuestion(string district = "odono", params string[] categories) =>
        new("disaster", "mobility", "evacuation-ride", categories.Length == 0 ? ["mobility-needs.wheelchair"] : categories, district);
}
