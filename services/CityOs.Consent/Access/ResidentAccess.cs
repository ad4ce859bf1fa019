using System.Security.Claims;
using CityOs.Consent.Vault;
using CityOs.ServiceDefaults.Security;

namespace CityOs.Consent.Access;

/// <summary>
/// Decides whether the caller may reach a resident's data: the resident themselves (their sign-in subject is the
/// Gateway's pseudonym of them), or someone with a recorded, active proxy relationship. Nothing else, and the answer
/// is the same whether or not the resident exists.
/// </summary>
public sealed class ResidentAccess(IdentityVault vault, ProxyRelationships proxies)
{
    public sealed record Access(bool Allowed, ProxyRelationship? Through);

    public Task<Access> CheckAsync(ClaimsPrincipal user, string residentId, CancellationToken cancellationToken) =>
        CheckAsync(user.SubjectId(), user.IsInRole(CityRoles.Resident), user.IsInRole(CityRoles.Counter), residentId, cancellationToken);

    /// <summary>The same decision for a caller a domain describes over the bus (it validated the token itself).</summary>
    public async Task<Access> CheckAsync(string? subject, bool isResident, bool isCounter, string residentId, CancellationToken cancellationToken)
    {
        if (subject is null)
        {
            return new Access(false, null);
        }

        if (isResident && await SelfAsync(subject, cancellationToken) == residentId)
        {
            return new Access(true, null);
        }

        if (isResident || isCounter)
        {
            var through = await proxies.ActiveAsync(subject, residentId, cancellationToken);
            return new Access(through is not null, through);
        }

        return new Access(false, null);
    }

    /// <summary>The resident id a resident's sign-in subject stands for, or null for staff and unknown subjects.</summary>
    public Task<string?> SelfAsync(string subject, CancellationToken cancellationToken) =>
        subject.StartsWith("staff:", StringComparison.Ordinal) ? Task.FromResult<string?>(null) : vault.ResolveAsync(EnrolmentCodes.GatewayDomain, subject, cancellationToken);
}
