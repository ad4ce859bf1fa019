using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CityOs.Gateway.Identity;

/// <summary>Builds the identity a token carries: subject, display name, roles, scopes; each claim sent only where it belongs.</summary>
internal static class TokenIdentity
{
    public static ClaimsPrincipal Create(string subject, string name, IEnumerable<string> roles, IEnumerable<string> scopes, IEnumerable<Claim>? extra = null)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name);
        foreach (var role in roles.Distinct(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(Claims.Role, role));
        }

        foreach (var claim in extra ?? [])
        {
            identity.AddClaim(claim);
        }

        identity.SetScopes(scopes);
        identity.SetDestinations(static claim => claim.Type switch
        {
            // The display name stays out of access tokens: APIs need who, not a person's name.
            Claims.Name => claim.Subject!.HasScope(Scopes.Profile) ? [Destinations.IdentityToken] : [],
            Claims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
