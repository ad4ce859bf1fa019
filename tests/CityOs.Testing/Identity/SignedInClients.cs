using Microsoft.AspNetCore.Mvc.Testing;

namespace CityOs.Testing.Identity;

public static class SignedInClients
{
    /// <summary>
    /// A client of <paramref name="host"/> whose calls carry a token for <paramref name="account"/>, signed in at the
    /// host's own Gateway (the all-in-one host) the first time it is needed.
    /// </summary>
    public static HttpClient CreateStaffClient<T>(this WebApplicationFactory<T> host, (string UserName, string Password) account) where T : class
    {
        var token = new Lazy<Task<string>>(() => CityTokens.StaffAsync(
            host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }), account));
        return host.CreateDefaultClient(new BearerTokenHandler(() => token.Value));
    }
}
