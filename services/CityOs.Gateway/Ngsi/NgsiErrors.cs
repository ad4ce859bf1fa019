using Microsoft.AspNetCore.Mvc;

namespace CityOs.Gateway.Ngsi;

/// <summary>NGSI-LD's error types (ETSI GS CIM 009, 5.5.2) as RFC 9457 problem details.</summary>
public static class NgsiErrors
{
    public const string BadRequestData = "https://uri.etsi.org/ngsi-ld/errors/BadRequestData";
    public const string InvalidRequest = "https://uri.etsi.org/ngsi-ld/errors/InvalidRequest";
    public const string ResourceNotFound = "https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound";
    public const string OperationNotSupported = "https://uri.etsi.org/ngsi-ld/errors/OperationNotSupported";
    public const string NotAcceptable = "https://uri.etsi.org/ngsi-ld/errors/NotAcceptable";
    public const string InternalError = "https://uri.etsi.org/ngsi-ld/errors/InternalError";

    public static IResult BadRequest(string detail, string? parameter = null) => Problem(StatusCodes.Status400BadRequest, BadRequestData, "Bad request data / 不正なリクエストデータ", detail, parameter);

    public static IResult Invalid(string detail, string? parameter = null) => Problem(StatusCodes.Status400BadRequest, InvalidRequest, "Invalid request / 無効なリクエスト", detail, parameter);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, ResourceNotFound, "Resource not found / 見つかりません", detail);

    public static IResult NotSupported(string detail, string? parameter = null) => Problem(StatusCodes.Status501NotImplemented, OperationNotSupported, "Operation not supported / この操作には対応していません", detail, parameter);

    public static IResult NotAcceptableMedia(string detail) => Problem(StatusCodes.Status406NotAcceptable, NotAcceptable, "Not acceptable / 応答形式に対応していません", detail);

    public static IResult Unavailable(string detail) => Problem(StatusCodes.Status503ServiceUnavailable, InternalError, "Source temporarily unavailable / データ元が一時的に利用できません", detail);

    private static IResult Problem(int status, string type, string title, string detail, string? parameter = null)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        if (parameter is not null)
        {
            problem.Extensions["parameter"] = parameter;
        }

        return TypedResults.Problem(problem);
    }
}
