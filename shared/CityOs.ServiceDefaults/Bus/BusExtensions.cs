using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CityOs.ServiceDefaults.Bus;

public static class BusExtensions
{
    /// <summary>
    /// Registers MassTransit on the transport named by <c>Bus:Transport</c>, with one retry, redelivery
    /// and error-queue policy for every endpoint. Each service passes its consumers in <paramref name="configure"/>;
    /// the all-in-one host passes all of them.
    /// </summary>
    public static IHostApplicationBuilder AddCityBus(this IHostApplicationBuilder builder, params Action<IBusRegistrationConfigurator>[] configure)
    {
        var section = builder.Configuration.GetSection(BusOptions.Section);
        var options = section.Get<BusOptions>() ?? new BusOptions();
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations()
            .Validate(o => !o.IsRabbitMq || Uri.TryCreate(o.RabbitMq, UriKind.Absolute, out _), "Bus:RabbitMq must be an amqp:// URI when Bus:Transport is 'RabbitMq'.")
            .ValidateOnStart();
        ValidateEarly(options);

        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            // A service starts and serves /alive with its broker down, and connects when it returns.
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit 8.4+ reports bus and endpoint usage to its vendor over the internet by default. A city
            // platform sends nothing to third parties it has not contracted, and city networks may have no internet.
            bus.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            bus.SetEndpointNameFormatter(new ServiceEndpointNameFormatter(options.QueuePrefix));
            foreach (var c in configure)
            {
                c(bus);
            }

            bus.AddConfigureEndpointsCallback((context, _, endpoint) => EndpointPolicy.Apply(context, endpoint));

            if (options.IsRabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(options.RabbitMq!), h => h.RequestedConnectionTimeout(TimeSpan.FromSeconds(5)));
                    cfg.PrefetchCount = options.PrefetchCount;
                    cfg.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                    BusSerialization.Apply(cfg, options);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    // Same wire format as on RabbitMQ, so the embedded host exercises what the distributed topology sends.
                    BusSerialization.Apply(cfg, options);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }

    private static void ValidateEarly(BusOptions options)
    {
        // The transport is chosen while registering services, before ValidateOnStart can run, so check the two keys that decide it here.
        if (options.Transport is not ("InMemory" or "RabbitMq"))
        {
            throw new OptionsValidationException(BusOptions.Section, typeof(BusOptions), [$"Bus:Transport must be 'InMemory' or 'RabbitMq' (was '{options.Transport}')."]);
        }

        if (options.IsRabbitMq && !Uri.TryCreate(options.RabbitMq, UriKind.Absolute, out _))
        {
            throw new OptionsValidationException(BusOptions.Section, typeof(BusOptions), ["Bus:RabbitMq must be an amqp:// URI when Bus:Transport is 'RabbitMq'."]);
        }
    }
}
