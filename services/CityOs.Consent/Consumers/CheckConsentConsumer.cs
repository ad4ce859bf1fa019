using CityOs.Consent.Decisions;
using CityOs.Consent.Records;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Consent.Consumers;

public sealed class CheckConsentConsumer(LinkBroker broker, ChangeSequence sequence) : IConsumer<CheckConsent>
{
    public async Task Consume(ConsumeContext<CheckConsent> context)
    {
        // Read the sequence before the records: if a change lands in between, the cache sees a newer
        // sequence than this answer and will not store it.
        var asOf = await sequence.CurrentAsync(context.CancellationToken);
        await context.RespondAsync(await broker.StatusAsync(context.Message, asOf, context.CancellationToken));
    }
}
