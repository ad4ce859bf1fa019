using CityOs.Childcare.DisasterCare;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Childcare.Consumers;

public sealed class DisasterDeclaredConsumer(DisasterWatch watch, ILogger<DisasterDeclaredConsumer> logger) : IConsumer<DisasterDeclared>
{
    public Task Consume(ConsumeContext<DisasterDeclared> context)
    {
        var declared = context.Message;
        watch.Declare(declared.DeclarationId, declared.Districts, declared.Until);
        logger.LogInformation("Disaster declared for {Districts}: facilities there may report presence", string.Join(",", declared.Districts));
        return Task.CompletedTask;
    }
}
