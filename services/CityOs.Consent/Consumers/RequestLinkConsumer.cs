using CityOs.Consent.Decisions;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Consent.Consumers;

public sealed class RequestLinkConsumer(LinkBroker broker) : IConsumer<RequestLink>
{
    public async Task Consume(ConsumeContext<RequestLink> context) =>
        await context.RespondAsync(await broker.DecideAsync(context.Message, context.CancellationToken));
}
