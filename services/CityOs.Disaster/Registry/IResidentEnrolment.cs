namespace CityOs.Disaster.Registry;

/// <summary>Puts a resident's identity into Consent's vault and returns Disaster's pseudonym for them.</summary>
public interface IResidentEnrolment
{
    Task<string> EnrolAsync(RegistryApplicant applicant, CancellationToken cancellationToken);
}
