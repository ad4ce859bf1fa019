using CityOs.Childcare.DisasterCare;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Childcare.Consumers;

public sealed class DisasterDeclarationEndedConsumer(DisasterWatch watch) : IConsumer<DisasterDeclarationEnded>
{
    public Task Consume(ConsumeContext<DisasterDeclarationEnded> context) => watch.EndAsync(context.Message.DeclarationId, context.CancellationToken);
}
