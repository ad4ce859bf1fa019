using CityOs.Childcare.Facilities;
using CityOs.Childcare.Vaccination;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare;

/// <summary>Loads facilities and the vaccination schedule before the host serves, so a broken file fails start-up.</summary>
internal sealed class ChildcareSeeder(FacilityCatalog facilities, VaccinationStore vaccinations, IOptions<ChildcareOptions> options, ILogger<ChildcareSeeder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var loaded = FacilityCatalog.Load(Resolve(options.Value.FacilitiesFile));
        facilities.Seed(loaded);
        vaccinations.UseSchedule(VaccineSchedule.Load(Resolve(options.Value.VaccinationScheduleFile)));
        logger.LogInformation("Seeded {Count} childcare facilities", loaded.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Resolve(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        return File.Exists(path)
            ? path
            : throw new OptionsValidationException(ChildcareOptions.Section, typeof(ChildcareOptions), [$"Childcare data file '{path}' does not exist."]);
    }
}
