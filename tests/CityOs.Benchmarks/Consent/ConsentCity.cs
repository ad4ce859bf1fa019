using CityOs.Consent;
using CityOs.Consent.Client;
using CityOs.Consent.Records;
using CityOs.Consent.Vault;
using CityOs.Contracts.Consent;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityOs.Benchmarks.Consent;

/// <summary>
/// Consent and two domain services (disaster, mobility), each a host of its own with its own bus
/// connection and cache, as they run in the distributed topology; on the in-memory transport they share one host.
/// </summary>
internal sealed class ConsentCity : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("cityos-bench-").FullName;

    public IHost Consent { get; private set; } = null!;

    public IReadOnlyList<(string Domain, IHost Host)> Domains { get; private set; } = [];

    public static async Task<ConsentCity> StartAsync(string? rabbitMq)
    {
        var city = new ConsentCity();
        var prefix = "bench-" + Guid.NewGuid().ToString("N")[..6];
        var store = Path.Combine(city._directory, "consent.db");
        if (rabbitMq is null)
        {
            var host = city.Build(prefix, null, store, b =>
            {
                b.AddConsentServices();
                b.AddConsentClient("disaster");
                b.AddConsentClient("mobility");
            }, bus => { bus.AddConsentConsumers(); bus.AddConsentClientConsumers(); });
            city.Consent = host;
            city.Domains = [("disaster", host), ("mobility", host)];
        }
        else
        {
            city.Consent = city.Build(prefix, rabbitMq, store, b => b.AddConsentServices(), bus => bus.AddConsentConsumers());
            city.Domains = [.. new[] { "disaster", "mobility" }.Select(d => (d, city.Build(prefix + "-" + d, rabbitMq, Path.Combine(city._directory, d + ".db"),
                b => b.AddConsentClient(d), bus => bus.AddConsentClientConsumers())))];
        }

        foreach (var host in city._hosts)
        {
            await host.StartAsync();
        }

        await city.WaitForHeartbeatsAsync();
        return city;
    }

    private IHost Build(string prefix, string? rabbitMq, string storePath, Action<IHostApplicationBuilder> services, Action<MassTransit.IBusRegistrationConfigurator> consumers)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _directory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = rabbitMq is null ? "InMemory" : "RabbitMq",
            ["Bus:RabbitMq"] = rabbitMq,
            ["Bus:QueuePrefix"] = prefix,
            ["Store:SqlitePath"] = storePath,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddConsole();
        builder.AddServiceDefaults();
        services(builder);
        builder.AddCityBus(consumers);
        var host = builder.Build();
        _hosts.Add(host);
        return host;
    }

    private async Task WaitForHeartbeatsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Domains.Any(d => !d.Host.Services.GetRequiredService<ConsentCache>().IsFresh))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Domain caches never received Consent's heartbeat.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Enrols a resident with a consent to the evacuation-ride purpose; returns ids and both domains' pseudonyms.</summary>
    public async Task<(string ResidentId, string ConsentId, string Disaster, string Mobility)> ResidentWithConsentAsync(int n)
    {
        using var scope = Consent.Services.CreateScope();
        var vault = scope.ServiceProvider.GetRequiredService<IdentityVault>();
        var consents = scope.ServiceProvider.GetRequiredService<ConsentService>();
        var catalogue = scope.ServiceProvider.GetRequiredService<CityOs.Consent.Purposes.PurposeCatalogue>();
        var enrolment = await vault.EnrolAsync(new NewResident
        {
            Name = $"住民 {n}",
            BirthDate = new DateOnly(1940, 1, 1).AddDays(n),
            Address = "山口市",
            District = "odono",
            EnrolledVia = "counter",
            StaffId = "bench",
        }, CancellationToken.None);
        var record = await consents.GrantAsync(enrolment.ResidentId, new GrantConsent { PurposeId = "evacuation-ride", Method = ConsentMethod.App, NoticeVersion = catalogue.Version }, CancellationToken.None);
        return (enrolment.ResidentId, record.Id,
            await vault.PseudonymAsync(enrolment.ResidentId, "disaster", CancellationToken.None),
            await vault.PseudonymAsync(enrolment.ResidentId, "mobility", CancellationToken.None));
    }

    public RequestLink LinkFor(string disasterPseudonym) => new()
    {
        RequestId = Guid.NewGuid(),
        RequesterDomain = "disaster",
        RequesterPseudonym = disasterPseudonym,
        TargetDomain = "mobility",
        Categories = ["mobility-needs.wheelchair"],
        PurposeId = "evacuation-ride",
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.StopAsync();
            host.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
