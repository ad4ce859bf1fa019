using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CityOs.ServiceDefaults.Mqtt;

internal sealed class MqttHealthCheck(MqttConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Not connected to the MQTT broker."));
}
