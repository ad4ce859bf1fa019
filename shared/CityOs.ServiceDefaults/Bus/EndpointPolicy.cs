using System.ComponentModel.DataAnnotations;
using MassTransit;

namespace CityOs.ServiceDefaults.Bus;

/// <summary>
/// The one policy for every receive endpoint: quick retries for transient faults, then slower
/// redelivery, then the endpoint's <c>_error</c> queue. Nothing is dropped silently.
/// </summary>
internal static class EndpointPolicy
{
    public static void Apply(IRegistrationContext context, IReceiveEndpointConfigurator endpoint)
    {
        // Redelivery: a slower second stage held in-process, because Debian's RabbitMQ has no
        // delayed-message plugin for broker-side redelivery; a crash mid-wait leaves the message unacked and RabbitMQ redelivers it.
        endpoint.UseMessageRetry(r =>
        {
            r.Ignore<ValidationException>();
            r.Ignore<ArgumentException>();
            r.Exponential(3, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(4));
        });
        endpoint.UseMessageRetry(r =>
        {
            r.Ignore<ValidationException>();
            r.Ignore<ArgumentException>();
            r.Intervals(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));
        });

        // Messages a consumer publishes leave only after it succeeds, so a retried consumer never publishes twice.
        endpoint.UseInMemoryOutbox(context);
    }
}
