using CityOs.Childcare.Facilities;
using CityOs.Childcare.FamilySupport;
using CityOs.Childcare.Vaccination;
using CityOs.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare;

/// <summary>
/// Reads the facility, vaccination and (demo city) provider files while the host starts, so a broken file fails
/// start-up; facilities and providers then go into the store, now or (store down) when it returns.
/// </summary>
internal sealed class ChildcareSeeder : StoreSeeder
{
    private readonly FacilityCatalog _facilities;
    private readonly IReadOnlyList<ChildcareFacility> _loaded;
    private readonly FamilySupportStore _support;
    private readonly IReadOnlyList<Provider> _providers;
    private readonly ILogger<ChildcareSeeder> _logger;

    public ChildcareSeeder(FacilityCatalog facilities, VaccinationStore vaccinations, FamilySupportStore support, IOptions<ChildcareOptions> options, ILogger<ChildcareSeeder> logger)
        : base(logger)
    {
        _facilities = facilities;
        _support = support;
        _providers = options.Value.DemoProvidersFile is { Length: > 0 } providers ? ProviderFile.Load(Resolve(providers)) : [];
        _logger = logger;
        _loaded = FacilityCatalog.Load(Resolve(options.Value.FacilitiesFile));
        vaccinations.UseSchedule(VaccineSchedule.Load(Resolve(options.Value.VaccinationScheduleFile)));
    }

    protected override string What => "childcare facilities";

    protected override async Task SeedAsync(CancellationToken cancellationToken)
    {
        var added = await _facilities.SeedAsync(_loaded, cancellationToken);
        _logger.LogInformation("Seeded {Added} new of {Count} childcare facilities", added, _loaded.Count);
        if (_providers.Count > 0)
        {
            var helpers = await _support.SeedProvidersAsync(_providers, cancellationToken);
            _logger.LogInformation("Seeded {Added} new of {Count} demo family-support providers", helpers, _providers.Count);
        }
    }

    private static string Resolve(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        return File.Exists(path)
            ? path
            : throw new OptionsValidationException(ChildcareOptions.Section, typeof(ChildcareOptions), [$"Childcare data file '{path}' does not exist."]);
    }
}
