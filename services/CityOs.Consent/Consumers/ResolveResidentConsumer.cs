using CityOs.Consent.Access;
using CityOs.Consent.Purposes;
using CityOs.Consent.Vault;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Consent.Consumers;

/// <summary>
/// Tells a domain which of its pseudonyms a signed-in caller may reach: the resident themselves or a recorded proxy,
/// exactly as Consent's own resident endpoints decide. Only domains that hold resident data are answered; the
/// Gateway's and the ledger's pseudonyms are never handed out.
/// </summary>
public sealed class ResolveResidentConsumer(ResidentAccess access, IdentityVault vault, PurposeCatalogue catalogue) : IConsumer<ResolveResident>
{
    public async Task Consume(ConsumeContext<ResolveResident> context)
    {
        var question = context.Message;
        var ct = context.CancellationToken;
        if (!catalogue.Categories.Any(c => c.Domain == question.Domain))
        {
            await context.RespondAsync(new ResidentResolved { Allowed = false });
            return;
        }

        var decision = await access.CheckAsync(question.CallerSubject, question.CallerIsResident, question.CallerIsCounter, question.ResidentId, ct);
        if (!decision.Allowed || await vault.GetAsync(question.ResidentId, ct) is null)
        {
            await context.RespondAsync(new ResidentResolved { Allowed = false });
            return;
        }

        await context.RespondAsync(new ResidentResolved
        {
            Allowed = true,
            Pseudonym = await vault.PseudonymAsync(question.ResidentId, question.Domain, ct),
            ActingAs = decision.Through?.Kind.ToString(),
        });
    }
}
