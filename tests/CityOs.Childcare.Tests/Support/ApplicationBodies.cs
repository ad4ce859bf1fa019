namespace CityOs.Childcare.Tests.Support;

/// <summary>Application bodies as the app sends them; pseudonyms stand for the ones Consent's enrolment returns.</summary>
public static class ApplicationBodies
{
    public const string Path = "/api/childcare/v1/applications";

    public static object Single(string child, int ageClass, string[] preferences, decimal workHours = 160, string[]? adjustments = null, string? currentFacility = null) => new
    {
        parentPseudonyms = new[] { $"parent-of-{child}" },
        parents = new[]
        {
            new { label = "parent 1", workHoursPerMonth = (decimal?)workHours, reasons = Array.Empty<string>() },
            new { label = "parent 2", workHoursPerMonth = (decimal?)workHours, reasons = Array.Empty<string>() },
        },
        adjustments = adjustments ?? [],
        children = new[] { new { pseudonym = child, ageClass, preferences, currentFacility } },
    };
}
