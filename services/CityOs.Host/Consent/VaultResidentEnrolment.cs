using CityOs.Consent.Vault;
using CityOs.Disaster;
using CityOs.Disaster.Registry;

namespace CityOs.Host.Consent;

/// <summary>In one process, Disaster enrols residents straight into Consent's vault: the same call the HTTP API makes, without the network.</summary>
internal sealed class VaultResidentEnrolment(IdentityVault vault) : IResidentEnrolment
{
    public async Task<string> EnrolAsync(RegistryApplicant applicant, CancellationToken cancellationToken)
    {
        var enrolment = await vault.EnrolAsync(new NewResident
        {
            Name = applicant.Name,
            BirthDate = applicant.BirthDate,
            Address = applicant.Address,
            Phone = applicant.Phone,
            District = applicant.District,
            EnrolledVia = "counter",
            StaffId = applicant.StaffId ?? "disaster-registry",
        }, cancellationToken);
        return await vault.PseudonymAsync(enrolment.ResidentId, DisasterDomain.Name, cancellationToken);
    }
}
