using System.Net.Http.Json;

namespace CityOs.Disaster.Registry;

/// <summary>The distributed topology: Consent's enrol endpoint, asking for Disaster's pseudonym only.</summary>
public sealed class HttpResidentEnrolment(HttpClient http) : IResidentEnrolment
{
    private sealed record EnrolResponse(string? ResidentId, string? Pseudonym, bool AlreadyEnrolled);

    public async Task<string> EnrolAsync(RegistryApplicant applicant, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/consent/v1/residents", new
        {
            name = applicant.Name,
            birthDate = applicant.BirthDate,
            address = applicant.Address,
            phone = applicant.Phone,
            district = applicant.District,
            enrolledVia = "counter",
            staffId = applicant.StaffId ?? "disaster-registry-import",
            forDomain = DisasterDomain.Name,
        }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<EnrolResponse>(cancellationToken);
        return body?.Pseudonym ?? throw new InvalidOperationException("Consent answered without a pseudonym.");
    }
}
