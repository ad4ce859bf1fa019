using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace CityOs.Gateway.Identity;

/// <summary>
/// The token endpoint. OpenIddict has already checked the client, its secret or PKCE verifier and its allowed
/// scopes; this decides who the token names: the partner itself, or the signed-in person (re-checked now).
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, IOpenIddictApplicationManager applications, SignedInUsers users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
                ?? throw new InvalidOperationException("OpenIddict admitted an unknown client.");
            var name = await applications.GetDisplayNameAsync(client, context.RequestAborted) ?? request.ClientId!;
            var principal = TokenIdentity.Create(request.ClientId!, name, [CityRoles.Partner], request.GetScopes());
            return Results.SignIn(principal, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var redeemed = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var current = redeemed.Succeeded ? await users.TokenPrincipalAsync(redeemed.Principal, redeemed.Principal.GetScopes(), context.RequestAborted) : null;
        return current is null
            ? AuthorizeEndpoint.RefuseGrant("The sign-in is no longer valid.")
            : Results.SignIn(current, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
