using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Consent.Client.Residents;

/// <summary>
/// Resolves <c>{residentId}</c> through Consent before any handler runs: 403 with the platform's one wording (so a
/// refusal never tells whether the resident exists), 503 when Consent cannot answer (fail closed), else the
/// domain's pseudonym for the handler.
/// </summary>
internal sealed class ResidentRouteFilter(string domain) : IEndpointFilter
{
    private static readonly object ResolutionKey = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var resolution = await ResolveOnceAsync(http, domain);
        switch (resolution.Outcome)
        {
            case ResidentResolver.Outcome.Allowed:
                return await next(context);
            case ResidentResolver.Outcome.ConsentUnavailable:
                return Results.Problem(
                    title: "同意サービスに接続できません / Consent service unavailable",
                    detail: "しばらくしてからもう一度お試しください。 / Please try again in a moment.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            default:
                await CityProblems.WriteForbiddenAsync(http.RequestServices.GetRequiredService<IProblemDetailsService>(), http);
                return Results.Empty;
        }
    }

    /// <summary>
    /// One question to Consent per request. Minimal APIs bind parameters before endpoint filters run, so the
    /// <see cref="SignedInResident"/> parameter asks first and this filter then answers a refusal from the same result.
    /// </summary>
    internal static async Task<ResidentResolver.Resolution> ResolveOnceAsync(HttpContext http, string domain)
    {
        if (http.Items.TryGetValue(ResolutionKey, out var known) && known is ResidentResolver.Resolution resolution)
        {
            return resolution;
        }

        var residentId = http.Request.RouteValues.TryGetValue("residentId", out var value) ? value as string : null;
        var resolver = http.RequestServices.GetRequiredService<ResidentResolver>();
        resolution = await resolver.ResolveAsync(http.User, residentId ?? "", domain, http.RequestAborted);
        http.Items[ResolutionKey] = resolution;
        return resolution;
    }
}
