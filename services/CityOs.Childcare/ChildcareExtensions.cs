using CityOs.Childcare.Allocation;
using CityOs.Childcare.Apis;
using CityOs.Childcare.Applications;
using CityOs.Childcare.Consumers;
using CityOs.Childcare.DisasterCare;
using CityOs.Childcare.Facilities;
using CityOs.Childcare.FamilySupport;
using CityOs.Childcare.Office;
using CityOs.Childcare.Vaccination;
using CityOs.Consent.Client;
using CityOs.ServiceDefaults.Security;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityOs.Childcare;

public static class ChildcareExtensions
{
    public static IHostApplicationBuilder AddChildcareServices(this IHostApplicationBuilder builder)
    {
        builder.AddConsentClient("childcare");
        builder.Services.AddOptions<ChildcareOptions>().BindConfiguration(ChildcareOptions.Section);
        builder.Services.AddOptions<FamilySupportOptions>().BindConfiguration(FamilySupportOptions.Section).ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<VacancySignal>();
        builder.Services.AddSingleton<FacilityCatalog>();
        builder.Services.AddSingleton<ApplicationStore>();
        builder.Services.AddSingleton<EnrolmentLookup>();
        builder.Services.AddSingleton(new PriorityPointsCalculator());
        builder.Services.AddSingleton<ApplicationService>();
        builder.Services.AddSingleton<AllocationRunStore>();
        builder.Services.AddSingleton<RunCounter>();
        builder.Services.AddSingleton<AllocationRunService>();
        builder.Services.AddSingleton<VaccinationStore>();
        builder.Services.AddSingleton<FamilySupportStore>();
        builder.Services.AddSingleton<SupportMatching>();
        builder.Services.AddSingleton<DisasterWatch>();
        builder.Services.AddSingleton<PresenceBoard>();
        builder.Services.AddScoped<FacilityRelease>();
        builder.Services.AddSingleton<ChildcareOfficeFigures>();
        builder.Services.AddHostedService<ChildcareSeeder>();
        builder.Services.AddHostedService<VacancyRelay>();
        return builder;
    }

    public static void AddChildcareConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsentClientConsumers();
        bus.AddConsumer<DisasterDeclaredConsumer>();
        bus.AddConsumer<DisasterDeclarationEndedConsumer>();
        bus.AddConsumer<RequestChildFacilitiesConsumer>();
    }

    public static IEndpointRouteBuilder MapChildcareApi(this IEndpointRouteBuilder app)
    {
        app.MapChildcareOfficeApi();
        app.MapGroup("/api/childcare/v1").MapFacilityApi().MapVaccinationApi().MapResidentChildcareApi().MapResidentVaccinationApi();
        app.MapGroup("/api/childcare/v1").RequireAuthorization(CityPolicies.Staff)
            .MapFacilityStaffApi().MapApplicationStaffApi().MapAllocationStaffApi().MapVaccinationStaffApi()
            .MapFamilySupportStaffApi().MapDisasterCareStaffApi();
        return app;
    }
}
