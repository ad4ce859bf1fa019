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
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var residentId = http.Request.RouteValues.TryGetValue("residentId", out var value) ? value as string : null;
        var resolver = http.RequestServices.GetRequiredService<ResidentResolver>();
        var resolution = await resolver.ResolveAsync(http.User, residentId ?? "", domain, http.RequestAborted);
        switch (resolution.Outcome)
        {
            case ResidentResolver.Outcome.Allowed:
                for (var i = 0; i < context.Arguments.Count; i++)
                {
                    if (context.Arguments[i] is SignedInResident)
                    {
                        context.Arguments[i] = resolution.Resident;
                    }
                }

                return await next(context);
            case ResidentResolver.Outcome.ConsentUnavailable:
                return ResidentResolver.Unavailable();
            default:
                await CityProblems.WriteForbiddenAsync(http.RequestServices.GetRequiredService<IProblemDetailsService>(), http);
                return Results.Empty;
        }
    }
}
