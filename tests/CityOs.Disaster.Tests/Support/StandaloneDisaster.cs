using CityOs.Testing.Identity;

namespace CityOs.Disaster.Tests.Support;

/// <summary>The Disaster service alone, as in the distributed topology: it trusts the shared Gateway's tokens, fetched over HTTP.</summary>
public sealed class StandaloneDisaster : IAsyncDisposable
{
    public StandaloneDisaster(IReadOnlyDictionary<string, string?>? settings = null, ITestOutputHelper? output = null)
    {
        var all = new Dictionary<string, string?>(SharedGateway.AuthoritySettings) { ["Bus:Transport"] = "InMemory" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Service = new ServiceFactory<DisasterEntryPoint>(all, output);
    }

    public ServiceFactory<DisasterEntryPoint> Service { get; }

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous() => Service.CreateClient();

    /// <summary>A client signed in as a staff account (staff, counter, analyst, office) at the shared Gateway.</summary>
    public HttpClient SignedIn((string UserName, string Password) account) =>
        Service.CreateDefaultClient(new BearerTokenHandler(() => SharedGateway.StaffTokenAsync(account)));

    /// <summary>A partner signed in with client credentials for <paramref name="scopes"/>.</summary>
    public HttpClient Partner((string ClientId, string Secret) client, params string[] scopes) =>
        Service.CreateDefaultClient(new BearerTokenHandler(() => SharedGateway.PartnerTokenAsync(client, scopes)));

    public ValueTask DisposeAsync() => Service.DisposeAsync();
}
