using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CityOs.Consent.Client;

public static class ConsentClientExtensions
{
    /// <summary>Registers the client for <paramref name="domain"/>; in the all-in-one host each domain adds itself to one shared cache.</summary>
    public static IHostApplicationBuilder AddConsentClient(this IHostApplicationBuilder builder, string domain)
    {
        builder.Services.AddOptions<ConsentClientOptions>().BindConfiguration(ConsentClientOptions.Section).Configure(o => o.Domains.Add(domain));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ConsentCache>();
        builder.Services.TryAddScoped<IConsentClient, ConsentClient>();
        builder.Services.TryAddScoped<Residents.ResidentResolver>();
        return builder;
    }

    /// <summary>
    /// The cache's consumer lives on a temporary queue of this instance: every instance of every
    /// service must see every change, so they cannot share (and compete on) a durable queue.
    /// </summary>
    public static void AddConsentClientConsumers(this IBusRegistrationConfigurator bus)
    {
        if (bus.Any(d => d.ServiceType == typeof(ConsentChangedCacheConsumer)))
        {
            return;
        }

        bus.AddConsumer<ConsentChangedCacheConsumer>().Endpoint(e =>
        {
            e.Name = $"consent-cache-{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid():N}";
            e.Temporary = true;
        });
        bus.AddRequestClient<CityOs.Contracts.Consent.CheckConsent>();
        bus.AddRequestClient<CityOs.Contracts.Consent.RequestLink>();
        bus.AddRequestClient<CityOs.Contracts.Consent.ResolveResident>();
    }
}
