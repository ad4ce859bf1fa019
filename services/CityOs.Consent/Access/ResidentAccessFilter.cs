using CityOs.ServiceDefaults.Security;

namespace CityOs.Consent.Access;

/// <summary>Guards every <c>/residents/{residentId}/...</c> route: 403 (the same problem for everyone) unless <see cref="ResidentAccess"/> allows.</summary>
internal sealed class ResidentAccessFilter(ResidentAccess access, IProblemDetailsService problems) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.RouteValues.TryGetValue("residentId", out var value) && value is string residentId
            && !(await access.CheckAsync(http.User, residentId, http.RequestAborted)).Allowed)
        {
            await CityProblems.WriteForbiddenAsync(problems, http);
            return Results.Empty;
        }

        return await next(context);
    }
}
