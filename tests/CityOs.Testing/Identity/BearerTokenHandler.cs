using System.Net.Http.Headers;

namespace CityOs.Testing.Identity;

/// <summary>Adds a bearer token fetched (asynchronously, once per request) from the Gateway: lets a test build a signed-in client synchronously.</summary>
public sealed class BearerTokenHandler(Func<Task<string>> token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await token());
        return await base.SendAsync(request, cancellationToken);
    }
}
