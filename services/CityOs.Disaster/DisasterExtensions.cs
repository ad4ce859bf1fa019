using CityOs.Consent.Client;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Apis;
using CityOs.Disaster.Consumers;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Office;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Rivers;
using CityOs.Disaster.Safety;
using CityOs.Disaster.Shelters;
using CityOs.Disaster.Supporters;
using CityOs.ServiceDefaults.Security;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CityOs.Disaster;

public static class DisasterExtensions
{
    public static IHostApplicationBuilder AddDisasterServices(this IHostApplicationBuilder builder)
    {
        builder.AddConsentClient(DisasterDomain.Name);
        builder.Services.AddOptions<DisasterOptions>().BindConfiguration(DisasterOptions.Section)
            .Validate(o => File.Exists(DataFiles.Resolve(o.DistrictsFile)), "Disaster:DistrictsFile does not exist.")
            .Validate(o => File.Exists(DataFiles.Resolve(o.SheltersFile)), "Disaster:SheltersFile does not exist.")
            .Validate(o => File.Exists(DataFiles.Resolve(o.GaugesFile)), "Disaster:GaugesFile does not exist.")
            .Validate(o => o.CapStatus is "Actual" or "Exercise" or "System" or "Test" or "Draft", "Disaster:CapStatus must be a CAP 1.2 status.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new DistrictCatalogue(DistrictCsv.Load(DataFiles.Resolve(sp.GetRequiredService<IOptions<DisasterOptions>>().Value.DistrictsFile))));
        builder.Services.AddSingleton(sp => new AlertBoard(DataFiles.ReadJson<GaugeFile>(sp.GetRequiredService<IOptions<DisasterOptions>>().Value.GaugesFile).Gauges));
        builder.Services.AddSingleton<RiverStationStore>();
        builder.Services.AddSingleton<DistrictStore>();
        builder.Services.AddSingleton<RegistryStore>();
        builder.Services.AddScoped<RegistryService>();
        builder.Services.AddSingleton<PlanStore>();
        builder.Services.AddSingleton<ShelterBoard>();
        builder.Services.AddSingleton<SupporterRoster>();
        builder.Services.AddSingleton<SafetyBoard>();
        builder.Services.AddSingleton<DeclarationBoard>();
        builder.Services.AddSingleton<AlertCoordinator>();
        builder.Services.AddSingleton<GuidanceQueue>();
        builder.Services.AddSingleton<GuidanceBoard>();
        builder.Services.AddSingleton<GuidanceMetrics>();
        builder.Services.AddSingleton<GuidanceEngine>();
        builder.Services.AddSingleton<DisasterOfficeFigures>();
        // Consent checks the staff member who asked Disaster to enrol, not a service secret.
        builder.Services.AddHttpClient<IResidentEnrolment, HttpResidentEnrolment>((sp, http) =>
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<DisasterOptions>>().Value.ConsentUrl)).ForwardCallerToken();
        builder.Services.AddHostedService<DistrictSeeder>();
        builder.Services.AddHostedService<DisasterStateLoader>();
        builder.Services.AddHostedService<GuidanceWorker>();
        builder.Services.AddHostedService<RideDeadlineSweep>();
        builder.Services.AddHostedService<ConsentRetrySweep>();
        builder.Services.AddHostedService<DeclarationAnnouncer>();
        return builder;
    }

    public static void AddDisasterConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsentClientConsumers();
        bus.AddConsumer<RiverLevelObservedConsumer>();
        bus.AddConsumer<ShelterOccupancyObservedConsumer>();
        bus.AddConsumer<EvacuationRideScheduledConsumer>();
        bus.AddConsumer<EvacuationRideDeclinedConsumer>();
    }

    public static IEndpointRouteBuilder MapDisasterApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/disaster/v1").MapRiverApi().MapDistrictApi().MapRegistryApi().MapPlanApi().MapShelterApi()
            .MapAlertApi().MapGuidanceApi().MapSafetyApi().MapResidentEvacuationApi().MapOfficeApi();
        return app;
    }
}
