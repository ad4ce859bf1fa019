using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CityOs.ServiceDefaults.Security;

/// <summary>
/// Passes the signed-in caller's bearer token on to another service, so that service checks the same person's role
/// and the calling service holds no secret and no broader right than the person it acts for.
/// </summary>
public sealed class ForwardedTokenHandler(IHttpContextAccessor context) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = context.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
        if (request.Headers.Authorization is null && AuthenticationHeaderValue.TryParse(authorization, out var caller)
            && string.Equals(caller.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(caller.Parameter))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Parameter);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

public static class CallerTokenForwarding
{
    /// <summary>Every request of this client carries the token of the request being served (none outside a request).</summary>
    public static IHttpClientBuilder ForwardCallerToken(this IHttpClientBuilder client)
    {
        client.Services.AddHttpContextAccessor();
        client.Services.AddTransient<ForwardedTokenHandler>();
        return client.AddHttpMessageHandler<ForwardedTokenHandler>();
    }
}
