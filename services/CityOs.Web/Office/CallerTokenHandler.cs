using Microsoft.Net.Http.Headers;

namespace CityOs.Web.Office;

/// <summary>
/// Passes the signed-in analyst's bearer token on to the domain, so the domain checks the same role
/// and the Web service never holds broader rights than the person looking at the dashboard.
/// </summary>
public sealed class CallerTokenHandler(IHttpContextAccessor context) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = context.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
        if (!string.IsNullOrEmpty(authorization) && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
