using System.Collections.Concurrent;
using CityOs.Gateway;

namespace CityOs.Testing.Identity;

/// <summary>
/// One Gateway on a real socket for a whole test run, as in the distributed topology: a service under test names it
/// in <c>Auth:Authority</c> and discovers its keys over HTTP. Tokens are cached per account, like a client would.
/// </summary>
public static class SharedGateway
{
    private static readonly Lazy<LiveHost<GatewayEntryPoint>> Host = new(Start);

    private static readonly ConcurrentDictionary<string, Task<string>> Tokens = new();

    /// <summary>
    /// A partner registered only on this test Gateway, holding <c>consent.links</c>: no demo partner may ask Consent for a
    /// link, yet the policy that lets a scoped partner do so needs a real token to be tested.
    /// </summary>
    public static readonly (string ClientId, string Secret) LinkingPartner = ("test-linking-partner", "test-linking-partner-secret");

    public static Uri Url => Host.Value.BaseAddress;

    /// <summary>Settings that make a service trust this Gateway's tokens.</summary>
    public static IReadOnlyDictionary<string, string?> AuthoritySettings => new Dictionary<string, string?> { ["Auth:Authority"] = Url.ToString() };

    public static Task<string> StaffTokenAsync((string UserName, string Password) account) =>
        Tokens.GetOrAdd("staff:" + account.UserName, _ => WithClient(http => CityTokens.StaffAsync(http, account)));

    public static Task<string> PartnerTokenAsync((string ClientId, string Secret) client, params string[] scopes) =>
        Tokens.GetOrAdd($"partner:{client.ClientId}:{string.Join(' ', scopes)}", _ => WithClient(http => CityTokens.ClientCredentialsAsync(http, client, scopes)));

    private static LiveHost<GatewayEntryPoint> Start()
    {
        var host = new LiveHost<GatewayEntryPoint>(
            new Dictionary<string, string?>
            {
                ["Bus:Transport"] = "InMemory",
                // A high index: added after the demo partners from appsettings.json, never in place of one.
                ["Identity:Partners:99:ClientId"] = LinkingPartner.ClientId,
                ["Identity:Partners:99:ClientSecret"] = LinkingPartner.Secret,
                ["Identity:Partners:99:DisplayName"] = "試験用連携事業者 / Test linking partner",
                ["Identity:Partners:99:Scopes:0"] = "consent.links",
            },
            settingsForUrl: url => new Dictionary<string, string?>
            {
                ["Identity:AppOrigins:0"] = url.GetLeftPart(UriPartial.Authority),
                ["Identity:AllowHttp"] = "true",
            });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return host;
    }

    private static async Task<string> WithClient(Func<HttpClient, Task<string>> get)
    {
        using var http = Host.Value.CreateClient();
        return await get(http);
    }
}
