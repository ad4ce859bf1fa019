using CityOs.Childcare.Facilities;
using CityOs.Childcare.Vaccination;
using CityOs.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare;

/// <summary>
/// Reads the facility and vaccination files while the host starts, so a broken file fails start-up; the facilities
/// then go into the store, now or (store down) when it returns.
/// </summary>
internal sealed class ChildcareSeeder : StoreSeeder
{
    private readonly FacilityCatalog _facilities;
    private readonly IReadOnlyList<ChildcareFacility> _loaded;
    private readonly ILogger<ChildcareSeeder> _logger;

    public ChildcareSeeder(FacilityCatalog facilities, VaccinationStore vaccinations, IOptions<ChildcareOptions> options, ILogger<ChildcareSeeder> logger)
        : base(logger)
    {
        _facilities = facilities;
        _logger = logger;
        _loaded = FacilityCatalog.Load(Resolve(options.Value.FacilitiesFile));
        vaccinations.UseSchedule(VaccineSchedule.Load(Resolve(options.Value.VaccinationScheduleFile)));
    }

    protected override string What => "childcare facilities";

    protected override async Task SeedAsync(CancellationToken cancellationToken)
    {
        var added = await _facilities.SeedAsync(_loaded, cancellationToken);
        _logger.LogInformation("Seeded {Added} new of {Count} childcare facilities", added, _loaded.Count);
    }

    private static string Resolve(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        return File.Exists(path)
            ? path
            : throw new OptionsValidationException(ChildcareOptions.Section, typeof(ChildcareOptions), [$"Childcare data file '{path}' does not exist."]);
    }
}
