using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;

namespace CityOs.ServiceDefaults.Security;

/// <summary>The platform's policies: one per role, one per partner scope. Every policy needs a validated bearer token.</summary>
internal static class CityPolicySet
{
    private static readonly string[] AllScopes =
    [
        CityScopes.NgsiSubscriptions, CityScopes.Webhooks, CityScopes.MobilityRides,
        CityScopes.DisasterRead, CityScopes.ChildcareRead, CityScopes.ConsentLinks,
    ];

    public static void AddTo(AuthorizationOptions options)
    {
        AddRoles(options, CityPolicies.Resident, CityRoles.Resident);
        AddRoles(options, CityPolicies.Counter, CityRoles.Counter);
        AddRoles(options, CityPolicies.Staff, CityRoles.Staff);
        // The office administrator may see everything an analyst sees (aggregates), and more.
        AddRoles(options, CityPolicies.Analyst, CityRoles.Analyst, CityRoles.Office);
        AddRoles(options, CityPolicies.Office, CityRoles.Office);
        AddRoles(options, CityPolicies.Partner, CityRoles.Partner);
        AddRoles(options, CityPolicies.ActForResident, CityRoles.Resident, CityRoles.Counter);
        AddRoles(options, CityPolicies.StaffOrAnalyst, CityRoles.Staff, CityRoles.Analyst, CityRoles.Office);
        AddRoles(options, CityPolicies.CounterOrStaff, CityRoles.Counter, CityRoles.Staff);
        foreach (var scope in AllScopes)
        {
            options.AddPolicy(CityPolicies.Scope(scope), p => Bearer(p).RequireAssertion(c => c.User.HasScope(scope)));
            options.AddPolicy(CityPolicies.StaffOrPartner(scope), p => Bearer(p).RequireAssertion(c =>
                c.User.IsInRole(CityRoles.Staff) || (c.User.IsInRole(CityRoles.Partner) && c.User.HasScope(scope))));
        }
    }

    private static void AddRoles(AuthorizationOptions options, string policy, params string[] roles) =>
        options.AddPolicy(policy, p => Bearer(p).RequireRole(roles));

    private static AuthorizationPolicyBuilder Bearer(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser();
}
