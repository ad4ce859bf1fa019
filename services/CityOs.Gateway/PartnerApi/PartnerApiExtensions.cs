using CityOs.Gateway.Ngsi;
using CityOs.Gateway.Ngsi.Sources;
using CityOs.Gateway.Ngsi.Subscriptions;
using CityOs.Gateway.RateLimits;
using CityOs.Gateway.Sandbox;
using CityOs.Gateway.Webhooks;
using CityOs.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace CityOs.Gateway.PartnerApi;

/// <summary>The partner-facing surface: OpenAPI and Scalar, NGSI-LD (city and sandbox), subscriptions, webhooks, rate limits.</summary>
public static class PartnerApiExtensions
{
    public static IHostApplicationBuilder AddPartnerApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer(OpenApiSecurity.DescribeAsync);
            o.AddOperationTransformer(OpenApiSecurity.MarkAsync);
        });
        services.AddPartnerRateLimits();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<SourceOptions>().BindConfiguration(SourceOptions.Section);
        services.AddOptions<GatewayAddressOptions>().BindConfiguration(GatewayAddressOptions.Section);
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.AddSingleton<SourceAddress>();
        services.AddSingleton<PublicAddress>();
        AddSource<DisasterSource>(services, DisasterSource.HttpClientName, o => o.Disaster);
        AddSource<MobilitySource>(services, MobilitySource.HttpClientName, o => o.Mobility);
        AddSource<ChildcareSource>(services, ChildcareSource.HttpClientName, o => o.Childcare);
        services.AddSingleton<SandboxSource>();
        services.AddKeyedSingleton(EntitySpace.City, (sp, _) => new EntitySpace(EntitySpace.City,
            [sp.GetRequiredService<DisasterSource>(), sp.GetRequiredService<MobilitySource>(), sp.GetRequiredService<ChildcareSource>()]));
        services.AddKeyedSingleton(EntitySpace.Sandbox, (sp, _) => new EntitySpace(EntitySpace.Sandbox, [sp.GetRequiredService<SandboxSource>()]));

        services.AddSingleton<NotificationRegistry>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<WebhookStore>();
        services.AddSingleton<DeadLetterStore>();
        services.AddSingleton<NotificationBuilder>();
        services.AddSingleton<DeliveryQueue>();
        services.AddSingleton<DeliverySender>();
#pragma warning disable EXTEXP0001 // Evaluation API; DeliverySender's own Polly pipeline must be the only retry layer, or attempts multiply.
        services.AddHttpClient(DeliverySender.HttpClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddHostedService<ChangeWatcher>();
        services.AddHostedService<DeliveryWorker>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPartnerApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("CityOS Partner API / 都市OS パートナー API"));
        app.MapGet(NgsiContext.Path, () => TypedResults.Text(NgsiContext.Document().ToJsonString(), NgsiContext.LdJson))
            .WithTags("NGSI-LD").WithName("NgsiContext").WithSummary("The JSON-LD @context of every CityOS NGSI-LD answer.");

        app.MapGroup("/ngsi-ld/v1").WithTags("NGSI-LD").RequireRateLimiting(PartnerRateLimits.Policy)
            .MapEntityApi(EntitySpace.City).MapSubscriptionApi(EntitySpace.City);
        app.MapGroup("/sandbox/ngsi-ld/v1").WithTags("Sandbox (synthetic data)").RequireRateLimiting(PartnerRateLimits.Policy)
            .MapEntityApi(EntitySpace.Sandbox).MapSubscriptionApi(EntitySpace.Sandbox);
        app.MapGroup("/api/partners/v1/clients/{clientId}").RequireRateLimiting(PartnerRateLimits.Policy)
            .RequireAuthorization(CityPolicies.Scope(CityScopes.Webhooks))
            .MapWebhookApi().MapDeadLetterApi();
        app.MapGet("/api/partners/v1/webhook-events", () => TypedResults.Ok(WebhookEvents.EntityTypeOf.Select(p => new WebhookEventView(p.Key, p.Value)).ToList()))
            .WithTags("Webhooks").WithName("ListWebhookEvents").WithSummary("The events a webhook can follow, and the entity type behind each.")
            .RequireRateLimiting(PartnerRateLimits.Policy);
        return app;
    }

    private static void AddSource<T>(IServiceCollection services, string name, Func<SourceOptions, string?> address) where T : class
    {
        services.AddHttpClient(name, (sp, http) => http.BaseAddress = sp.GetRequiredService<SourceAddress>().Resolve(address(sp.GetRequiredService<IOptions<SourceOptions>>().Value)));
        services.AddSingleton<T>();
    }
}
