using System.Security.Claims;

namespace CityOs.ServiceDefaults.Security;

/// <summary>
/// The names every service agrees on for who is calling: roles, partner scopes, claims and policies.
/// Tokens are issued by the Gateway (OpenIddict); services only validate them (see docs/auth.md).
/// </summary>
public static class CityRoles
{
    /// <summary>A resident signed in for themselves (or a proxy acting through a recorded relationship).</summary>
    public const string Resident = "resident";

    /// <summary>Counter staff: may act for a resident only through a recorded proxy relationship.</summary>
    public const string Counter = "counter";

    /// <summary>Domain staff (childcare centre, mobility operator, disaster desk).</summary>
    public const string Staff = "staff";

    /// <summary>Smart-city office analyst: aggregates only, never personal data.</summary>
    public const string Analyst = "analyst";

    /// <summary>Smart-city office administrator: demonstration projects, ledger verification, break-glass list.</summary>
    public const string Office = "office";

    /// <summary>A partner business signed in with client credentials.</summary>
    public const string Partner = "partner";
}

/// <summary>Partner scopes: per domain and per data set.</summary>
public static class CityScopes
{
    public const string NgsiSubscriptions = "ngsi-ld.subscriptions";
    public const string Webhooks = "webhooks";
    public const string MobilityRides = "mobility.rides";
    public const string DisasterRead = "disaster.read";
    public const string ChildcareRead = "childcare.read";
    public const string ConsentLinks = "consent.links";
}

public static class CityClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Scope = "scope";
    public const string ClientId = "client_id";

    /// <summary>The resident a proxy or counter clerk is acting for (set only through a recorded relationship).</summary>
    public const string ActFor = "act_for";

    public static string? SubjectId(this ClaimsPrincipal user) => user.FindFirst(Subject)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    public static string? ClientOf(this ClaimsPrincipal user) => user.FindFirst(ClientId)?.Value;

    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll(Scope).Any(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}

public static class CityPolicies
{
    public const string Resident = "city-resident";
    public const string Counter = "city-counter";
    public const string Staff = "city-staff";
    public const string Analyst = "city-analyst";
    public const string Office = "city-office";
    public const string Partner = "city-partner";

    /// <summary>Domain staff or the smart-city office (analyst, office): who may read a domain's aggregate counts.</summary>
    public const string StaffOrAnalyst = "city-staff-or-analyst";

    /// <summary>Counter clerks or domain staff: who may enrol a resident in Consent's vault.</summary>
    public const string CounterOrStaff = "city-counter-or-staff";

    /// <summary>A resident, or counter staff: who may reach a resident's own data, subject to the per-resident check (self or recorded proxy).</summary>
    public const string ActForResident = "city-act-for-resident";

    /// <summary>Policy name for a partner scope, e.g. <c>Scope(CityScopes.Webhooks)</c>.</summary>
    public static string Scope(string scope) => "city-scope:" + scope;

    /// <summary>Policy name for "domain staff, or a partner holding <paramref name="scope"/>", e.g. <c>StaffOrPartner(CityScopes.ConsentLinks)</c>.</summary>
    public static string StaffOrPartner(string scope) => "city-staff-or-scope:" + scope;
}
