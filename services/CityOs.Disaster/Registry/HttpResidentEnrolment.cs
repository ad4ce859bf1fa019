using System.Net.Http.Json;

namespace CityOs.Disaster.Registry;

/// <summary>The distributed topology: Consent's enrol endpoint, asking for Disaster's pseudonym only, with the calling staff member's token.</summary>
public sealed class HttpResidentEnrolment(HttpClient http) : IResidentEnrolment
{
    private sealed record EnrolResponse(string? ResidentId, string? Pseudonym, bool AlreadyEnrolled);

    public async Task<string> EnrolAsync(RegistryApplicant applicant, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await PostAsync(applicant, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Unavailable(ex.Message, ex);
        }

        using (response)
        {
            // The vault is where identities are stored: Consent down (or its store down) is the store down for this write, 503 not 500.
            if (response.StatusCode is System.Net.HttpStatusCode.ServiceUnavailable or System.Net.HttpStatusCode.BadGateway or System.Net.HttpStatusCode.GatewayTimeout)
            {
                throw Unavailable($"Consent answered {(int)response.StatusCode}", null);
            }

            // Disaster's own policy let the caller in, and Consent takes the same staff role: a refusal means the two trust different Gateways.
            if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                throw new InvalidOperationException($"Consent refused the forwarded sign-in ({(int)response.StatusCode}); Disaster and Consent must trust the same Gateway (Auth:Authority). Nothing was registered.");
            }

            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<EnrolResponse>(cancellationToken);
            return body?.Pseudonym ?? throw new InvalidOperationException("Consent answered without a pseudonym.");
        }
    }

    private static CityOs.Storage.StoreUnavailableException Unavailable(string why, Exception? inner) =>
        new($"Consent's identity vault is unavailable ({why}); nothing was registered.", inner);

    private Task<HttpResponseMessage> PostAsync(RegistryApplicant applicant, CancellationToken cancellationToken) =>
        http.PostAsJsonAsync("/api/consent/v1/residents", new
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
}
