using CityOs.Childcare.DisasterCare;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Childcare.Consumers;

public sealed class DisasterDeclaredConsumer(DisasterWatch watch, ILogger<DisasterDeclaredConsumer> logger) : IConsumer<DisasterDeclared>
{
    public async Task Consume(ConsumeContext<DisasterDeclared> context)
    {
        var declared = context.Message;
        await watch.DeclareAsync(declared.DeclarationId, declared.Districts, declared.Until, context.CancellationToken);
        logger.LogInformation("Disaster declared for {Districts}: facilities there may report presence", string.Join(",", declared.Districts));
    }
}
