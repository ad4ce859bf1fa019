using System.Security.Claims;
using CityOs.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CityOs.Gateway.Identity;

/// <summary>
/// Turns a sign-in (the Gateway cookie, or a code being redeemed) into the token's identity, looking the account up
/// again each time so a removed account or a changed role takes effect at the next token.
/// </summary>
public sealed class SignedInUsers(StaffDirectory staff)
{
    public const string StaffPrefix = "staff:";

    public static ClaimsPrincipal CookiePrincipal(string subject, string name, string? role = null)
    {
        var identity = new ClaimsIdentity(IdentityCookie.Scheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, subject));
        identity.AddClaim(new Claim(Claims.Name, name));
        if (role is not null)
        {
            identity.AddClaim(new Claim(Claims.Role, role));
        }

        return new ClaimsPrincipal(identity);
    }

    public Task<ClaimsPrincipal?> TokenPrincipalAsync(ClaimsPrincipal signedIn, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var subject = signedIn.GetClaim(Claims.Subject);
        if (subject is not null && subject.StartsWith(StaffPrefix, StringComparison.Ordinal) && staff.Find(subject[StaffPrefix.Length..]) is { } account)
        {
            return Task.FromResult<ClaimsPrincipal?>(TokenIdentity.Create(subject, account.DisplayName, account.Roles, scopes));
        }

        // Residents: the subject is the Gateway's pseudonym of them (from Consent); the app learns who that is from Consent.
        if (subject is not null && !subject.StartsWith(StaffPrefix, StringComparison.Ordinal) && signedIn.IsInRole(CityRoles.Resident))
        {
            return Task.FromResult<ClaimsPrincipal?>(TokenIdentity.Create(subject, "住民 / Resident", [CityRoles.Resident], scopes));
        }

        return Task.FromResult<ClaimsPrincipal?>(null);
    }
}
