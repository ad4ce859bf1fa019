using CityOs.Contracts.Office;
using CityOs.ServiceDefaults.Security;
using CityOs.Web.Apis;
using CityOs.Web.Districts;
using CityOs.Web.Projects;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CityOs.Web.Office;

public static class OfficeExtensions
{
    /// <summary>
    /// The office dashboard and demonstration projects. Domain figures come over HTTP from each service's
    /// <c>/office/figures</c>; the all-in-one host replaces these sources with in-process ones.
    /// </summary>
    public static IHostApplicationBuilder AddOffice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OfficeOptions>().BindConfiguration(OfficeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<CallerTokenHandler>();
        builder.Services.AddSingleton<FigurePaths>();
        builder.Services.AddSingleton<FigureBoard>();
        builder.Services.AddSingleton<DistrictCatalog>();
        builder.Services.AddSingleton<DistrictMapCache>();
        builder.Services.AddSingleton<ProjectStore>();
        builder.Services.AddSingleton<ProjectMeter>();
        builder.Services.AddSingleton<ProjectService>();
        builder.Services.AddSingleton<ProjectSnapshotter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ProjectSnapshotter>());
        AddSource<DisasterFigures>(builder, "disaster", o => o.DisasterUrl);
        AddSource<MobilityFigures>(builder, "mobility", o => o.MobilityUrl);
        AddSource<ChildcareFigures>(builder, "childcare", o => o.ChildcareUrl);
        AddSource<ConsentFigures>(builder, "consent", o => o.ConsentUrl);
        return builder;
    }

    public static IEndpointRouteBuilder MapOffice(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/office/v1").RequireAuthorization(CityPolicies.Analyst).WithTags("Office")
            .MapOfficeApi().MapProjectApi();
        return app;
    }

    private static void AddSource<T>(IHostApplicationBuilder builder, string domain, Func<OfficeOptions, Uri> baseAddress)
    {
        var name = "office-" + domain;
        builder.Services.AddHttpClient<IFigureSource<T>, HttpFigureSource<T>>(name, (sp, http) => http.BaseAddress = baseAddress(sp.GetRequiredService<IOptions<OfficeOptions>>().Value))
            .AddHttpMessageHandler<CallerTokenHandler>();

        // A dashboard polls every few seconds: one quick retry, then show the domain as unavailable rather than hang the page.
        builder.Services.Configure<HttpStandardResilienceOptions>(name + "-standard", o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(200);
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
        });
    }
}
