using Microsoft.AspNetCore.Authentication;

namespace CityOs.Childcare.Staff;

/// <summary>
/// Allocation runs, vetting, overrides, clinic slots and presence reports are for staff (role <c>staff</c>).
/// Same closed-by-default pattern as Mobility: until the platform's sign-in is the default scheme, these answer 401.
/// </summary>
public static class StaffAuthorization
{
    public const string Policy = "childcare-staff";
    public const string Role = "staff";

    public static IHostApplicationBuilder AddStaffAuthorization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(Role));
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, NoSignInHandler>(NoSignInHandler.SchemeName, null);
        builder.Services.PostConfigure<AuthenticationOptions>(o => o.DefaultScheme ??= NoSignInHandler.SchemeName);
        return builder;
    }
}
