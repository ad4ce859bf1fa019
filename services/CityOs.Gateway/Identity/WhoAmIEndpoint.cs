using CityOs.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CityOs.Gateway.Identity;

/// <summary><c>GET /api/identity/v1/me</c>: what the caller's token says (subject, roles, scopes, client), for apps and partners to check their sign-in.</summary>
internal static class WhoAmIEndpoint
{
    public sealed record Me(string Subject, string? ClientId, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes, string? ActingFor);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/identity/v1/me", (HttpContext context) =>
        {
            var user = context.User;
            return TypedResults.Ok(new Me(
                user.SubjectId() ?? "",
                user.ClientOf() ?? user.GetClaim(Claims.Private.Presenter),
                [.. user.FindAll(Claims.Role).Select(c => c.Value)],
                [.. user.FindAll(CityClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal)],
                user.FindFirst(CityClaims.ActFor)?.Value));
        })
        .RequireAuthorization()
        .WithTags("Identity")
        .WithName("WhoAmI")
        .WithSummary("What the caller's access token says");
}
