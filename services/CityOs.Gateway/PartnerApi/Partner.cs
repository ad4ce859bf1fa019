using System.Security.Claims;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;

namespace CityOs.Gateway.PartnerApi;

/// <summary>Who the calling partner is (its OAuth client id), and the one refusal used whenever a path names someone else.</summary>
public static class Partner
{
    public static string? ClientId(ClaimsPrincipal user) => user.ClientOf();

    /// <summary>
    /// 403 with the same words whether or not the other client exists, so the answer reveals nothing about other partners.
    /// </summary>
    public static IResult Refused() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "Forbidden / アクセスできません",
        Detail = "A partner can read only its own webhooks, subscriptions and dead letters. / 自社の設定のみ参照できます。",
    });

    public static IResult NoClient() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "Forbidden / アクセスできません",
        Detail = "This API is for partner clients (client credentials); the token names no client. / パートナーのクライアントとして認証してください。",
    });
}
