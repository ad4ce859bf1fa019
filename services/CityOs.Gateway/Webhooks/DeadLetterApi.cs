using Microsoft.AspNetCore.Mvc;

namespace CityOs.Gateway.Webhooks;

/// <summary>A partner's dead letters: list, redeliver once more (with the same retries), or discard.</summary>
public static class DeadLetterApi
{
    public static RouteGroupBuilder MapDeadLetterApi(this RouteGroupBuilder client)
    {
        var letters = client.MapGroup("/dead-letters").WithTags("Webhooks");
        letters.MapGet("/", async (string clientId, HttpContext context, DeadLetterStore store, CancellationToken ct) =>
                WebhookApi.Own(context, clientId) ?? TypedResults.Ok(await store.ListAsync(clientId, ct)))
            .WithName("ListDeadLetters").WithSummary("Notifications that failed every retry, newest first.")
            .Produces<List<DeadLetter>>().ProducesProblem(StatusCodes.Status403Forbidden);
        letters.MapPost("/{id}/redeliver", RedeliverAsync)
            .WithName("RedeliverDeadLetter").WithSummary("Send a dead letter again; delivered ones are removed, failed ones stay with the new attempts counted.")
            .Produces<DeadLetter>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        letters.MapDelete("/{id}", async (string clientId, string id, HttpContext context, DeadLetterStore store, CancellationToken ct) =>
                WebhookApi.Own(context, clientId) ?? (await store.DeleteAsync(clientId, id, null, ct) ? TypedResults.NoContent() : TypedResults.NotFound()))
            .WithName("DeleteDeadLetter").WithSummary("Discard a dead letter.");
        return client;
    }

    private static async Task<IResult> RedeliverAsync(
        string clientId, string id, HttpContext context, DeadLetterStore store, WebhookStore webhooks, DeliverySender sender, CancellationToken cancellationToken)
    {
        if (WebhookApi.Own(context, clientId) is { } refused)
        {
            return refused;
        }

        if (await store.GetAsync(clientId, id, cancellationToken) is not { } document)
        {
            return TypedResults.NotFound();
        }

        var letter = document.Value;
        string? secret = null;
        if (letter.Kind == Delivery.WebhookKind)
        {
            // Signed with the webhook's current secret; a deleted webhook has no one left to verify it.
            if (await webhooks.GetAsync(clientId, letter.TargetId, cancellationToken) is not { } webhook)
            {
                return Gone("The webhook this was for has been deleted.");
            }

            secret = webhook.Secret;
        }

        var delivery = new Delivery
        {
            Id = letter.Id,
            ClientId = clientId,
            Kind = letter.Kind,
            TargetId = letter.TargetId,
            Url = letter.Url,
            Event = letter.Event,
            Body = letter.Body,
            ContentType = letter.ContentType,
            Link = letter.Link,
            Secret = secret,
        };
        var outcome = await sender.SendAsync(delivery, cancellationToken);
        if (outcome.Delivered)
        {
            await store.DeleteAsync(clientId, id, document.ETag, cancellationToken);
            return TypedResults.Ok(letter with { Attempts = letter.Attempts + outcome.Attempts, LastStatus = outcome.LastStatus, LastError = null, Redeliveries = letter.Redeliveries + 1 });
        }

        var updated = letter with { Attempts = letter.Attempts + outcome.Attempts, LastStatus = outcome.LastStatus, LastError = outcome.LastError, Redeliveries = letter.Redeliveries + 1 };
        await store.ReplaceAsync(document, updated, cancellationToken);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status502BadGateway,
            Title = "Redelivery failed / 再送に失敗しました",
            Detail = $"Your endpoint did not accept it after {outcome.Attempts} attempts ({outcome.LastError}). It stays in your dead letters.",
        });
    }

    private static IResult Gone(string detail) => TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict / 競合", Detail = detail });
}
