using Microsoft.AspNetCore.Http;

namespace CityOs.ServiceDefaults.Security;

/// <summary>The platform's 401/403 problem documents, for endpoint-level checks (e.g. "is this your own data?") to answer exactly as policies do.</summary>
public static class CityProblems
{
    public static Task WriteForbiddenAsync(IProblemDetailsService problems, HttpContext context) =>
        ProblemAuthorizationResultHandler.WriteAsync(problems, context, challenged: false);
}
