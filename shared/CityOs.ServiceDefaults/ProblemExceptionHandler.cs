using CityOs.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CityOs.ServiceDefaults;

/// <summary>
/// Turns the failures a caller can act on into RFC 9457 problem details with the right status:
/// a body that does not parse is 400, a lost write race is 409, a store that is down or a bus that does not confirm is 503 — never 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request / リクエストが正しくありません", bad.InnerException?.Message ?? bad.Message),
            DocumentConflictException => (StatusCodes.Status409Conflict, "Conflict / 競合", "The data changed while saving; reload and try again."),
            StoreUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable / 一時的に利用できません", "Storage is unavailable; nothing was saved. Try again shortly."),
            Bus.PublishNotConfirmedException => (StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable / 一時的に利用できません",
                "The message bus did not confirm in time. The change may already be saved: check it before trying again."),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
