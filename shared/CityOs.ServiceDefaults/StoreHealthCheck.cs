using CityOs.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CityOs.ServiceDefaults;

internal sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The document store does not answer.", ex);
        }
    }
}
