using CityOs.Consent.Access;
using CityOs.Consent.Apis;
using CityOs.Consent.Consumers;
using CityOs.Consent.Decisions;
using CityOs.Consent.Ledger;
using CityOs.Consent.Purposes;
using CityOs.Consent.Records;
using CityOs.Consent.Statistics;
using CityOs.Consent.Vault;
using CityOs.Consent.Workers;
using MassTransit;

namespace CityOs.Consent;

public static class ConsentExtensions
{
    public static IHostApplicationBuilder AddConsentServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsentOptions>().BindConfiguration(ConsentOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => PurposeCatalogue.LoadEmbedded());
        builder.Services.AddSingleton<PseudonymKeyProvider>();
        builder.Services.AddSingleton<IdentityVault>();
        builder.Services.AddSingleton<ConsentStore>();
        builder.Services.AddSingleton<SubjectLocks>();
        builder.Services.AddSingleton<ChangeSequence>();
        builder.Services.AddSingleton<DisclosureLedger>();
        builder.Services.AddSingleton<BreakGlassRegistry>();
        builder.Services.AddSingleton<LinkBroker>();
        builder.Services.AddSingleton<OptInStatistics>();
        builder.Services.AddSingleton<CityOs.Consent.Office.ConsentOfficeFigures>();
        builder.Services.AddSingleton<EnrolmentCodes>();
        builder.Services.AddSingleton<ProxyRelationships>();
        builder.Services.AddSingleton<ResidentAccess>();
        builder.Services.AddScoped<ConsentChangePublisher>();
        builder.Services.AddScoped<ConsentService>();
        builder.Services.AddScoped<ConsentRelay>();
        builder.Services.AddHostedService<OutboxSweep>();
        builder.Services.AddHostedService<ExpirySweep>();
        builder.Services.AddHostedService<HeartbeatPublisher>();
        return builder;
    }

    public static void AddConsentConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RequestLinkConsumer>();
        bus.AddConsumer<CheckConsentConsumer>();
        bus.AddConsumer<RedeemEnrolmentCodeConsumer>();
        bus.AddConsumer<ResolveResidentConsumer>();
        bus.AddConsumer<DisasterDeclaredConsumer>();
        bus.AddConsumer<DisasterDeclarationEndedConsumer>();
    }

    public static IEndpointRouteBuilder MapConsentApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/consent/v1").MapConsentEndpoints().MapOfficeApi().MapAccessEndpoints();
        return app;
    }
}
