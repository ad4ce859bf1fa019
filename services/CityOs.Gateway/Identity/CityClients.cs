namespace CityOs.Gateway.Identity;

/// <summary>The platform's own (first-party, public) clients: browsers that sign in with authorization code + PKCE.</summary>
public static class CityClients
{
    /// <summary>The resident companion app, served under <c>/app/</c>.</summary>
    public const string ResidentApp = "cityos-app";

    /// <summary>The smart-city office dashboard, served under <c>/office/</c>.</summary>
    public const string OfficeDashboard = "cityos-office";

    public static readonly IReadOnlyDictionary<string, (string Path, string Name)> Public = new Dictionary<string, (string, string)>
    {
        [ResidentApp] = ("/app/", "くらしのアプリ / Resident companion app"),
        [OfficeDashboard] = ("/office/", "スマートシティ推進室 / Smart-city office dashboard"),
    };
}
