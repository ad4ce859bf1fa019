using CityOs.Consent.Decisions;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Consent.Consumers;

public sealed class DisasterDeclarationEndedConsumer(BreakGlassRegistry windows) : IConsumer<DisasterDeclarationEnded>
{
    public Task Consume(ConsumeContext<DisasterDeclarationEnded> context) =>
        windows.EndAsync(context.Message.DeclarationId, context.Message.At, context.CancellationToken);
}
