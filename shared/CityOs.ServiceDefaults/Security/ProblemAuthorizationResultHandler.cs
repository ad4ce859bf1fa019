using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CityOs.ServiceDefaults.Security;

/// <summary>
/// Answers a refused request with the scheme's own challenge (status, WWW-Authenticate) and an RFC 9457 body.
/// The words never depend on what was asked for, so a refusal never tells whether a resident exists.
/// </summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Challenged && !authorizeResult.Forbidden)
        {
            await _fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        IReadOnlyList<string?> schemes = policy.AuthenticationSchemes.Count > 0 ? [.. policy.AuthenticationSchemes] : [null];
        foreach (var scheme in schemes)
        {
            if (authorizeResult.Challenged)
            {
                await context.ChallengeAsync(scheme);
            }
            else
            {
                await context.ForbidAsync(scheme);
            }
        }

        await WriteAsync(problems, context, authorizeResult.Challenged);
    }

    public static async Task WriteAsync(IProblemDetailsService problems, HttpContext context, bool challenged)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        var status = challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = challenged
                ? new ProblemDetails { Status = status, Title = "Sign-in required / サインインが必要です", Detail = "Send a valid access token from the CityOS Gateway (Authorization: Bearer)." }
                : new ProblemDetails { Status = status, Title = "Not allowed / この操作は許可されていません", Detail = "Your sign-in does not allow this action." },
        });
    }
}
