using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CityOs.Gateway.Identity;

/// <summary>
/// The authorization endpoint: sends an unsigned-in browser to the sign-in page, then issues the code for the
/// person the sign-in cookie names. Only first-party clients exist, so there is no separate consent screen.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, SignedInUsers users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityCookie.Scheme);
        if (!cookie.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "Sign-in required.");
            }

            var query = context.Request.HasFormContentType ? QueryString.Create(context.Request.Form.Select(p => KeyValuePair.Create(p.Key, p.Value))) : context.Request.QueryString;
            var back = context.Request.PathBase + context.Request.Path + query.ToUriComponent().Replace("prompt=login", "prompt=", StringComparison.Ordinal);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [IdentityCookie.Scheme]);
        }

        var principal = await users.TokenPrincipalAsync(cookie.Principal, request.GetScopes(), context.RequestAborted);
        return principal is null
            ? Refuse(Errors.AccessDenied, "This account can no longer sign in.")
            : Results.SignIn(principal, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityCookie.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    public static IResult RefuseGrant(string description) => Refuse(Errors.InvalidGrant, description);
}
