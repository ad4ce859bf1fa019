using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CityOs.Consent.Ledger;
using CityOs.Consent.Purposes;
using CityOs.Consent.Records;
using CityOs.Consent.Vault;
using CityOs.Contracts.Sensors;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Registry;
using MassTransit;

namespace CityOs.Host.Demo;

/// <summary>
/// Heavy rain over the 椹野川 (Fushino river) basin: ten districts reach level 3, five of them level 4 (a
/// declared disaster, so break-glass applies), and 名田島 floods (level 5). Setup happens before the clock starts.
/// </summary>
internal sealed class HeavyRainDemo(IServiceProvider services, TextWriter output)
{
    private static readonly string[] Level3 = ["odono", "shiraishi", "yuda", "miyano", "hirakawa", "otoshi", "sue", "natajima", "aiofutajima", "ogori"];
    private static readonly string[] Level4 = ["ogori", "hirakawa", "otoshi", "natajima", "aiofutajima"];
    private static readonly string[] Level5 = ["natajima"];
    private static readonly TimeSpan Stable = TimeSpan.FromMilliseconds(300);

    public async Task<DemoReport> RunAsync(DemoArguments args)
    {
        var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30)).Token;
        var districts = services.GetRequiredService<DistrictCatalogue>();
        await output.WriteLineAsync($"大雨シナリオ / heavy-rain demo: {args.Residents:N0} residents, {Environment.ProcessorCount} cores");

        var setup = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        var people = SyntheticRegistry.Generate(districts.All, args.Residents, args.Seed);
        await ImportAsync(people, cancellation);
        setup["registryImport"] = Math.Round(clock.Elapsed.TotalSeconds, 1);

        clock.Restart();
        await ConsentAsync(people, cancellation);
        setup["consents"] = Math.Round(clock.Elapsed.TotalSeconds, 1);

        await WarmUpAsync(cancellation);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await RainAsync(cancellation);
        await WaitForGuidanceAsync(cancellation);
        var cpuMs = (long)(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        return await ReportAsync(args, people.Count, setup, cpuMs, cancellation);
    }

    private async Task ImportAsync(IReadOnlyList<SyntheticRegistry.Person> people, CancellationToken cancellationToken)
    {
        var bar = new ProgressBar(output, "registry import (CSV)", people.Count);
        const int Chunk = 500;
        for (var done = 0; done < people.Count; done += Chunk)
        {
            using var scope = services.CreateScope();
            var report = await scope.ServiceProvider.GetRequiredService<RegistryService>()
                .ImportAsync(new StringReader(SyntheticRegistry.Csv(people.Skip(done).Take(Chunk))), "demo-staff", cancellationToken);
            if (report.Refused > 0)
            {
                throw new InvalidOperationException($"The synthetic registry had {report.Refused} refused rows.");
            }

            bar.Report(Math.Min(people.Count, done + Chunk));
        }
    }

    /// <summary>About 60% consent to evacuation rides, and one in six of those later withdraws.</summary>
    private async Task ConsentAsync(IReadOnlyList<SyntheticRegistry.Person> people, CancellationToken cancellationToken)
    {
        var vault = services.GetRequiredService<IdentityVault>();
        var version = services.GetRequiredService<PurposeCatalogue>().Version;
        var bar = new ProgressBar(output, "consents (evacuation-ride)", people.Count);
        var done = 0;
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (person, ct) =>
        {
            var roll = Roll(person.Name);
            if (roll < 0.60)
            {
                using var scope = services.CreateScope();
                var consents = scope.ServiceProvider.GetRequiredService<ConsentService>();
                var resident = await vault.EnrolAsync(new NewResident
                {
                    Name = person.Name, BirthDate = person.BirthDate, Address = person.Address, Phone = person.Phone,
                    District = person.District, EnrolledVia = "counter", StaffId = "demo-staff",
                }, ct);
                var record = await consents.GrantAsync(resident.ResidentId, new GrantConsent
                {
                    PurposeId = "evacuation-ride", Method = ConsentMethod.CounterWithStaff, StaffId = "demo-staff", NoticeVersion = version,
                }, ct);
                if (roll < 0.10)
                {
                    await consents.WithdrawAsync(resident.ResidentId, record.Id, new ChangeConsent { ExpectedVersion = record.Version, Method = ConsentMethod.CounterWithStaff, StaffId = "demo-staff" }, ct);
                }
            }

            bar.Report(Interlocked.Increment(ref done));
        });
    }

    /// <summary>Runs planner and link path once (a denied link for an unknown pseudonym, no disclosure), so the clock does not time the JIT.</summary>
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CityOs.Consent.Client.IConsentClient>().RequestLinkAsync(new CityOs.Contracts.Consent.RequestLink
        {
            RequestId = Guid.NewGuid(), RequesterDomain = "disaster", RequesterPseudonym = "warm-up", TargetDomain = "mobility",
            PurposeId = "evacuation-ride", Categories = ["mobility-needs.pickup-place"],
        }, cancellationToken);
        var registry = services.GetRequiredService<RegistryStore>();
        GuidancePlanner.Plan(new PlanningInput
        {
            Residents = registry.InDistrict(Level3[0]),
            Plans = new Dictionary<string, EvacuationPlan>(),
            Shelters = services.GetRequiredService<CityOs.Disaster.Shelters.ShelterBoard>().All(),
            Reserved = new Dictionary<string, int>(),
            SupportersIn = services.GetRequiredService<CityOs.Disaster.Supporters.SupporterRoster>().InDistrict,
            SupporterLoad = new Dictionary<string, int>(),
            FloodingDistricts = new HashSet<string>(),
        }, out _, out _);
    }

    /// <summary>Readings go straight onto the bus as <see cref="RiverLevelObserved"/> (the path after Sensors): at full scale the MQTT hop adds nothing to what is measured.</summary>
    private async Task RainAsync(CancellationToken cancellationToken)
    {
        var bus = services.GetRequiredService<IBus>();
        var gauges = services.GetRequiredService<AlertBoard>().Gauges.Where(g => g.StationId == $"gauge-{g.District}").ToDictionary(g => g.District);
        var now = DateTimeOffset.UtcNow;
        var sequence = 0;
        async Task PublishAsync(string district, Func<GaugeThresholds, double> level)
        {
            var gauge = gauges[district];
            sequence++;
            await bus.Publish(new RiverLevelObserved
            {
                ReadingId = $"demo-{gauge.StationId}-{sequence}",
                StationId = gauge.StationId,
                DeviceId = $"sim-{district}",
                District = district,
                WaterLevelMeters = Math.Round(level(gauge), 2),
                ObservedAt = now.AddSeconds(sequence),
            }, cancellationToken);
        }

        await output.WriteLineAsync("  rain: level 3 in 10 districts, level 4 in 5, level 5 in 1 (RiverLevelObserved on the bus)");
        foreach (var district in Level3)
        {
            await PublishAsync(district, g => g.EvacuationJudgementM + 0.05);
        }

        foreach (var district in Level4)
        {
            await PublishAsync(district, g => g.FloodDangerM + 0.05);
        }

        foreach (var district in Level5)
        {
            await PublishAsync(district, g => g.FloodingM + 0.1);
        }
    }

    private async Task WaitForGuidanceAsync(CancellationToken cancellationToken)
    {
        var alerts = services.GetRequiredService<AlertBoard>();
        var registry = services.GetRequiredService<RegistryStore>();
        var board = services.GetRequiredService<GuidanceBoard>();
        var queue = services.GetRequiredService<GuidanceQueue>();
        var metrics = services.GetRequiredService<GuidanceMetrics>();
        var declarations = services.GetRequiredService<DeclarationBoard>();
        var expected = Level3.Sum(registry.CountIn);
        var bar = new ProgressBar(output, "guidance (affected residents)", expected);
        DateTime? stableSince = null;
        while (true)
        {
            // Cheap checks first: the poll must not take CPU from the work it is timing (2 cores).
            await Task.Delay(20, cancellationToken);
            var quiet = metrics.FirstLevel3Timestamp != 0 && queue.Pending == 0 && Level4.All(declarations.Covers) && Level5.All(d => alerts.LevelOf(d) == 5);
            var summary = quiet ? GuidanceSummary.Compute(alerts, registry, board) : null;
            var done = summary is not null && summary.Affected == expected && summary.Guided == summary.Affected;
            stableSince = done ? stableSince ?? DateTime.UtcNow : null;
            if (stableSince is { } since && DateTime.UtcNow - since >= Stable)
            {
                bar.Report(expected);
                return;
            }
        }
    }

    private async Task<DemoReport> ReportAsync(DemoArguments args, int supportNeeding, Dictionary<string, double> setup, long cpuMs, CancellationToken cancellationToken)
    {
        var summary = GuidanceSummary.Compute(services.GetRequiredService<AlertBoard>(), services.GetRequiredService<RegistryStore>(), services.GetRequiredService<GuidanceBoard>());
        var metrics = services.GetRequiredService<GuidanceMetrics>();
        var ledger = services.GetRequiredService<DisclosureLedger>();
        var verification = await ledger.VerifyAsync(cancellationToken);
        var report = new DemoReport
        {
            Residents = args.Residents,
            SupportNeeding = supportNeeding,
            Affected = summary.Affected,
            MaxAlertLevel = summary.MaxAlertLevel,
            Guided = summary.Guided,
            Assisted = summary.Assisted,
            Unassisted = summary.Unassisted,
            UnassistedReasons = summary.UnassistedReasons,
            WaitingForVehicle = summary.WaitingForVehicle,
            RidesScheduled = summary.RidesScheduled,
            LinkRequests = metrics.LinkRequests,
            LinkAllowed = metrics.LinkAllowed,
            LinkDenied = metrics.LinkDenied,
            BreakGlassAccesses = (await ledger.FlaggedAsync(cancellationToken)).Count,
            LedgerEntries = verification.EntriesChecked,
            LedgerVerified = verification.Valid,
            AlertToAllPlansMs = (long)Stopwatch.GetElapsedTime(metrics.FirstLevel3Timestamp, metrics.LastSettledTimestamp).TotalMilliseconds,
            AlertToAllPlansCpuMs = cpuMs,
            LoadAverage = LoadAverage(),
            SetupSeconds = setup,
            RiverReadingsPath = "RiverLevelObserved published on the in-memory bus (MQTT and Sensors skipped)",
        };

        await output.WriteLineAsync($"""
              residents {report.Residents:N0} · registry {report.SupportNeeding:N0} · max level {report.MaxAlertLevel}
              affected {report.Affected:N0} · guided {report.Guided:N0} · assisted {report.Assisted:N0} (waiting for vehicle {report.WaitingForVehicle:N0}) · unassisted {report.Unassisted:N0}
              unassisted reasons: {string.Join(", ", report.UnassistedReasons.Select(r => $"{r.Key} {r.Value}"))}
              links {report.LinkRequests:N0} (allowed {report.LinkAllowed:N0}, denied {report.LinkDenied:N0}) · break-glass accesses {report.BreakGlassAccesses:N0}
              ledger {report.LedgerEntries:N0} entries, verified {report.LedgerVerified}
              alert → all plans: {report.AlertToAllPlansMs:N0} ms (process CPU {report.AlertToAllPlansCpuMs:N0} ms, load average {report.LoadAverage})
            """);
        return report;
    }

    /// <summary>The machine is shared: the 1-minute load average says how much of it this run had.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>A stable number in [0, 1) per person, so reruns make the same choices in any thread order.</summary>
    private static double Roll(string name) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0) / (double)uint.MaxValue;
}
