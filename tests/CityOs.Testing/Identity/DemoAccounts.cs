namespace CityOs.Testing.Identity;

/// <summary>The demo accounts and partner clients configured in the Gateway's and the host's appsettings.json.</summary>
public static class DemoAccounts
{
    public static readonly (string UserName, string Password) Staff = ("staff01", "demo-staff-2026");
    public static readonly (string UserName, string Password) Counter = ("counter01", "demo-counter-2026");

    /// <summary>A colleague at the counter: a clerk's own proxy relationship must be recorded by someone else (same demo password).</summary>
    public static readonly (string UserName, string Password) SecondCounter = ("counter02", "demo-counter-2026");
    public static readonly (string UserName, string Password) Analyst = ("analyst01", "demo-analyst-2026");
    public static readonly (string UserName, string Password) Office = ("office01", "demo-office-2026");

    public static readonly (string ClientId, string Secret) Taxi = ("demo-taxi", "demo-taxi-secret-2026");
    public static readonly (string ClientId, string Secret) Clinic = ("demo-clinic", "demo-clinic-secret-2026");
    public static readonly (string ClientId, string Secret) Research = ("demo-research", "demo-research-secret-2026");
}
