namespace CityOs.Disaster.Registry;

/// <summary>One resident as typed by staff (API) or read from a CSV row, before validation.</summary>
public sealed record ApplicantInput(
    string? Name,
    string? BirthDate,
    string? Address,
    string? Phone,
    string? District,
    string? Needs,
    string? CareLevel,
    string? StaffId = null);
