using System.Security.Claims;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Districts;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityOs.Disaster.Apis;

public static class AlertApi
{
    /// <summary>Who declared is the signed-in staff member (the token), not a field anyone could fill in.</summary>
    public sealed record DeclareBody(IReadOnlyList<string>? Districts, string? Reason);

    public static RouteGroupBuilder MapAlertApi(this RouteGroupBuilder group)
    {
        var alerts = group.MapGroup("").WithTags("Alerts");
        alerts.MapGet("/alerts", (AlertBoard board) => TypedResults.Ok(new { levels = board.Levels(), alerts = board.Alerts() }))
            .WithName("ListAlerts").WithSummary("Each district's alert level (警戒レベル) and the level changes.");
        alerts.MapGet("/alerts.cap", (AlertBoard board, DistrictCatalogue districts, IOptions<DisasterOptions> options, TimeProvider time) =>
                Xml(CapFeed.Feed(board.Alerts(), districts, options.Value.CapStatus, time.GetUtcNow()).ToString(), "application/atom+xml"))
            .WithName("CapFeed").WithSummary("Alerts as OASIS CAP 1.2 messages (ja-JP and en-US) in an Atom feed.");
        alerts.MapGet("/alerts/{id:guid}.cap", Results<ContentHttpResult, NotFound> (Guid id, AlertBoard board, DistrictCatalogue districts, IOptions<DisasterOptions> options) =>
            {
                var all = board.Alerts();
                if (all.FirstOrDefault(a => a.Id == id) is not { } alert)
                {
                    return TypedResults.NotFound();
                }

                var previous = all.Where(a => a.District == alert.District && a.At <= alert.At && a.Id != id).OrderBy(a => a.At).LastOrDefault();
                return Xml(CapFeed.Alert(alert, previous, districts, options.Value.CapStatus).ToString(), "application/cap+xml");
            })
            .WithName("CapAlert").WithSummary("One alert as a CAP 1.2 message.");

        var declarations = group.MapGroup("/declarations").WithTags("Declarations");
        declarations.MapGet("/", (DeclarationBoard board) => TypedResults.Ok(board.All()))
            .WithName("ListDeclarations").WithSummary("Declared disasters (break-glass windows).");
        declarations.MapPost("/", DeclareAsync).RequireAuthorization(CityPolicies.Staff).WithName("DeclareDisaster").WithSummary("Staff declare a disaster for districts: Consent opens break-glass access for them.");
        declarations.MapPost("/{id:guid}/end", async Task<Results<Ok<Declaration>, NotFound>> (Guid id, DeclarationBoard board, CancellationToken ct) =>
                await board.EndAsync(id, ct) is { } ended ? TypedResults.Ok(ended) : TypedResults.NotFound())
            .RequireAuthorization(CityPolicies.Staff).WithName("EndDeclaration").WithSummary("End a declaration; Consent closes the break-glass window.");
        return group;
    }

    private static async Task<Results<Created<Declaration>, ValidationProblem, Conflict<string>>> DeclareAsync(
        DeclareBody body, ClaimsPrincipal user, DeclarationBoard board, DistrictCatalogue districts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Districts is not { Count: > 0 } || body.Districts.Any(d => !districts.Codes.Contains(d)))
        {
            errors["districts"] = ["既知の地区コードを1つ以上 / one or more known district codes"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var declaration = await board.DeclareAsync(body.Districts!, body.Reason ?? $"declared by {user.SubjectId()}", "staff", cancellationToken);
        return declaration is null
            ? TypedResults.Conflict("すでに宣言中です / those districts are already under a declaration")
            : TypedResults.Created($"/api/disaster/v1/declarations/{declaration.Id}", declaration);
    }

    private static ContentHttpResult Xml(string xml, string contentType) =>
        TypedResults.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml, contentType + "; charset=utf-8");
}
