using Microsoft.AspNetCore.Authentication;

namespace CityOs.Mobility.Transit;

/// <summary>
/// Uploading a feed or assigning vehicles is for city-office staff (role <c>staff</c>). The platform's
/// sign-in is not wired yet, so until it is, a scheme that never authenticates anyone is the default
/// and these endpoints answer 401: closed by default, and open to staff as soon as a real scheme is the default.
/// </summary>
public static class StaffAuthorization
{
    public const string Policy = "mobility-staff";
    public const string Role = "staff";

    public static IHostApplicationBuilder AddStaffAuthorization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(Role));
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, NoSignInHandler>(NoSignInHandler.SchemeName, null);
        // Only a fallback: a scheme the platform (or a test) makes the default wins.
        builder.Services.PostConfigure<AuthenticationOptions>(o => o.DefaultScheme ??= NoSignInHandler.SchemeName);
        return builder;
    }
}
