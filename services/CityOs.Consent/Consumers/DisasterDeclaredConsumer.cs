using CityOs.Consent.Decisions;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Consent.Consumers;

public sealed class DisasterDeclaredConsumer(BreakGlassRegistry windows, ILogger<DisasterDeclaredConsumer> logger) : IConsumer<DisasterDeclared>
{
    public async Task Consume(ConsumeContext<DisasterDeclared> context)
    {
        var window = await windows.OpenAsync(context.Message, context.CancellationToken);
        logger.LogWarning("Break-glass window {DeclarationId} open for districts {Districts} until {Until}", window.DeclarationId, string.Join(",", window.Districts), window.Until);
    }
}
