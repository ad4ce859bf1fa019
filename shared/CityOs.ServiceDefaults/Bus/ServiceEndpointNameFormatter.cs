using MassTransit;

namespace CityOs.ServiceDefaults.Bus;

/// <summary>
/// Kebab-case names qualified by the owning service ("disaster-river-level-observed"), so that two
/// services consuming the same event get separate queues even when they share one process.
/// </summary>
public sealed class ServiceEndpointNameFormatter(string queuePrefix) : KebabCaseEndpointNameFormatter(includeNamespace: false)
{
    public override string Consumer<T>() => Qualify(typeof(T), base.Consumer<T>());

    public override string Saga<T>() => Qualify(typeof(T), base.Saga<T>());

    private string Qualify(Type type, string name)
    {
        // CityOs.Disaster.Consumers.X -> "disaster"
        var parts = type.Namespace?.Split('.') ?? [];
        var service = parts.Length > 1 && parts[0] == "CityOs" ? parts[1].ToLowerInvariant() + "-" : "";
        var prefix = string.IsNullOrEmpty(queuePrefix) ? "" : queuePrefix + "-";
        return prefix + service + name;
    }
}
