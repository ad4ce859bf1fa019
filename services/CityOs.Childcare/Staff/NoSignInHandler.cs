using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.Staff;

/// <summary>Authenticates nobody and answers challenges with a 401 problem (RFC 9457) that says why.</summary>
internal sealed class NoSignInHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    // Its own name: the all-in-one host also registers Mobility's identical scheme, and two schemes cannot share a name.
    public const string SchemeName = "cityos-childcare-no-sign-in";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 401, Title = "Staff sign-in required", Detail = "This action is for childcare staff (保育・子育て担当職員); no sign-in is configured on this deployment." },
        });
    }
}
