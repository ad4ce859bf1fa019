using System.Diagnostics;
using System.Text.Json;
using CityOs.Consent.Client;
using CityOs.Consent.Decisions;
using CityOs.Consent.Ledger;
using CityOs.Consent.Records;
using CityOs.Contracts.Consent;
using CityOs.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CityOs.Benchmarks.Consent;

/// <summary>The figures issue 3 names: cached checks, bus round trips, ledger appends, the withdrawal race and propagation.</summary>
public sealed class ConsentBenchmark : IBenchmark
{
    public string Name => "consent";

    public string Description => "consent broker: cached checks, bus p99 (in-memory, RabbitMQ), ledger appends, withdrawal race and propagation";

    public async Task<int> RunAsync(IReadOnlyList<string> args, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var rabbit = Environment.GetEnvironmentVariable("CITYOS_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/";
        var (cachedPerSecond, cachedP50, cachedP99) = CachedChecks();
        var ledgerPerSecond = await LedgerAppendsAsync();

        double busInMemoryP99, raceAllowsAfterAck = 0;
        await using (var city = await ConsentCity.StartAsync(rabbitMq: null))
        {
            busInMemoryP99 = await BusRoundTripP99Async(city);
            raceAllowsAfterAck = await WithdrawalRaceAsync(city);
        }

        double? busRabbitP99 = null, propagationP99 = null;
        string? rabbitError = null;
        try
        {
            await using var city = await ConsentCity.StartAsync(rabbit);
            busRabbitP99 = await BusRoundTripP99Async(city);
            propagationP99 = await PropagationP99Async(city);
        }
        catch (Exception ex) when (ex is TimeoutException or RequestTimeoutException or MassTransitException)
        {
            rabbitError = $"RabbitMQ at {rabbit} unavailable: {ex.Message}";
        }

        var result = new
        {
            benchmark = Name,
            cachedPerSecond = Math.Round(cachedPerSecond),
            cachedP50Us = Math.Round(cachedP50, 3),
            cachedP99Us = Math.Round(cachedP99, 3),
            busInMemoryP99Us = Math.Round(busInMemoryP99, 1),
            busRabbitP99Us = busRabbitP99 is { } b ? Math.Round(b, 1) : (double?)null,
            ledgerAppendsPerSecond = Math.Round(ledgerPerSecond),
            withdrawalRaceAllowsAfterAck = (int)raceAllowsAfterAck,
            withdrawalPropagationP99Ms = propagationP99 is { } p ? Math.Round(p, 2) : (double?)null,
            propagationTransport = "RabbitMQ, disaster and mobility as separate hosts",
            error = rabbitError,
            processors = Environment.ProcessorCount,
        };
        await output.WriteLineAsync(json ? JsonSerializer.Serialize(result) : JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return rabbitError is null ? 0 : 1;
    }

    /// <summary>One thread, a warm cache of 100,000 consents, lookups of random residents.</summary>
    private static (double PerSecond, double P50Us, double P99Us) CachedChecks()
    {
        var options = new ConsentClientOptions();
        options.Domains.Add("mobility");
        var cache = new ConsentCache(Options.Create(options), TimeProvider.System);
        cache.Heartbeat(new ConsentHeartbeat { Sequence = 0, At = DateTimeOffset.UtcNow });
        const int residents = 100_000;
        for (var i = 1; i <= residents; i++)
        {
            cache.Apply(new ConsentChanged
            {
                Sequence = i, Domain = "mobility", Pseudonym = $"p{i}", ConsentRef = "r", PurposeId = "evacuation-ride", Change = "granted",
                Categories = ["mobility-needs.wheelchair", "mobility-needs.pickup-place"], Recipients = ["mobility"],
                ValidUntil = DateTimeOffset.UtcNow.AddDays(30), At = DateTimeOffset.UtcNow,
            });
        }

        // Heartbeats keep arriving during the run, as Consent sends them every second in production.
        using var heartbeats = new Timer(_ => cache.Heartbeat(new ConsentHeartbeat { Sequence = residents, At = DateTimeOffset.UtcNow }), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(500));
        Thread.Sleep(50);
        string[] categories = ["mobility-needs.wheelchair"];
        var keys = Enumerable.Range(0, 1 << 16).Select(i => $"p{Random.Shared.Next(1, residents + 1)}").ToArray();

        for (var i = 0; i < 200_000; i++)
        {
            _ = cache.TryCheck("mobility", keys[i & 0xFFFF], "evacuation-ride", "mobility", categories);
        }

        const int calls = 2_000_000;
        var watch = Stopwatch.StartNew();
        var allowed = 0;
        for (var i = 0; i < calls; i++)
        {
            if (cache.TryCheck("mobility", keys[i & 0xFFFF], "evacuation-ride", "mobility", categories) is { Allowed: true })
            {
                allowed++;
            }
        }

        var perSecond = calls / watch.Elapsed.TotalSeconds;
        if (allowed != calls)
        {
            throw new InvalidOperationException("The cached path denied a consented check: the benchmark measured the wrong thing.");
        }

        var latencies = new double[200_000];
        for (var i = 0; i < latencies.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            _ = cache.TryCheck("mobility", keys[i & 0xFFFF], "evacuation-ride", "mobility", categories);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return (perSecond, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
    }

    private static async Task<double> LedgerAppendsAsync()
    {
        var directory = Directory.CreateTempSubdirectory("cityos-ledger-bench-").FullName;
        try
        {
            var ledger = new DisclosureLedger(new SqliteDocumentStore(Path.Combine(directory, "ledger.db")), TimeProvider.System, NullLogger<DisclosureLedger>.Instance);
            var draft = new LedgerDraft("disclosure", "subject", "evacuation-ride", "disaster", "mobility", ["mobility-needs.wheelchair"], "consent:c", false);
            for (var i = 0; i < 500; i++)
            {
                await ledger.AppendAsync(draft, CancellationToken.None);
            }

            const int appends = 10_000;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < appends; i++)
            {
                await ledger.AppendAsync(draft, CancellationToken.None);
            }

            return appends / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Request/response from a domain's request client to Consent and back, one at a time.</summary>
    private static async Task<double> BusRoundTripP99Async(ConsentCity city)
    {
        var resident = await city.ResidentWithConsentAsync(1);
        var requests = city.Domains[0].Host.Services.GetRequiredService<IRequestClient<RequestLink>>();
        for (var i = 0; i < 200; i++)
        {
            await requests.GetResponse<LinkDecided>(city.LinkFor(resident.Disaster));
        }

        var latencies = new List<double>();
        for (var i = 0; i < 2000; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var answer = await requests.GetResponse<LinkDecided>(city.LinkFor(resident.Disaster));
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            if (!answer.Message.Allowed)
            {
                throw new InvalidOperationException($"A consented link was denied ({answer.Message.DenyReason}).");
            }
        }

        return Percentiles.Of(latencies, 99);
    }

    /// <summary>
    /// 10,000 link requests in flight while the resident withdraws. An allow decided after the withdrawal
    /// was stored would carry a ledger sequence above the withdrawal's own entry; count those.
    /// </summary>
    private static async Task<double> WithdrawalRaceAsync(ConsentCity city)
    {
        var resident = await city.ResidentWithConsentAsync(2);
        var requests = city.Domains[0].Host.Services.GetRequiredService<IRequestClient<RequestLink>>();
        var inFlight = new List<Task<Response<LinkDecided>>>(10_000);
        for (var i = 0; i < 10_000; i++)
        {
            inFlight.Add(requests.GetResponse<LinkDecided>(city.LinkFor(resident.Disaster), timeout: RequestTimeout.After(m: 2)));
            if (i == 5_000)
            {
                inFlight.Add(WithdrawAsync());
            }
        }

        async Task<Response<LinkDecided>> WithdrawAsync()
        {
            await Task.Yield();
            using var scope = city.Consent.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ConsentService>().WithdrawAsync(resident.ResidentId, resident.ConsentId,
                new ChangeConsent { ExpectedVersion = 1, Method = ConsentMethod.App }, CancellationToken.None);
            return null!;
        }

        var answers = (await Task.WhenAll(inFlight)).Where(a => a is not null).Select(a => a.Message).ToList();
        var ledger = city.Consent.Services.GetRequiredService<DisclosureLedger>();
        var store = city.Consent.Services.GetRequiredService<IDocumentStore>();
        var withdrawal = (await store.QueryAsync<LedgerEntry>(DisclosureLedger.Container, DisclosureLedger.Partition,
            DocumentFilter.Where("kind", FilterOperator.Equal, "consent-withdrawn"))).Single().Value;
        var allowedAfter = answers.Count(a => a.Allowed && a.LedgerSequence > withdrawal.Sequence);
        var allowed = answers.Count(a => a.Allowed);
        var denied = answers.Count(a => !a.Allowed);
        if (allowed == 0 || denied == 0)
        {
            throw new InvalidOperationException($"The race did not interleave (allowed {allowed}, denied {denied}); the figure would mean nothing.");
        }

        _ = ledger;
        return allowedAfter;
    }

    /// <summary>From the withdrawal's acknowledgement until the last domain cache denies, over separate hosts.</summary>
    private static async Task<double> PropagationP99Async(ConsentCity city)
    {
        var samples = new List<double>();
        for (var n = 0; n < 60; n++)
        {
            var resident = await city.ResidentWithConsentAsync(100 + n);
            var caches = city.Domains.Select(d => (Cache: d.Host.Services.GetRequiredService<ConsentCache>(), Pseudonym: d.Domain == "disaster" ? resident.Disaster : resident.Mobility, d.Domain)).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (caches.Any(c => c.Cache.TryCheck(c.Domain, c.Pseudonym, "evacuation-ride", "mobility", ["mobility-needs.wheelchair"]) is not { Allowed: true }))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("Caches never learned the consent.");
                }

                await Task.Delay(1);
            }

            using var scope = city.Consent.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ConsentService>().WithdrawAsync(resident.ResidentId, resident.ConsentId,
                new ChangeConsent { ExpectedVersion = 1, Method = ConsentMethod.App }, CancellationToken.None);
            var acknowledged = Stopwatch.GetTimestamp();
            while (caches.Any(c => c.Cache.TryCheck(c.Domain, c.Pseudonym, "evacuation-ride", "mobility", ["mobility-needs.wheelchair"]) is { Allowed: true }))
            {
                if (Stopwatch.GetElapsedTime(acknowledged) > TimeSpan.FromSeconds(10))
                {
                    throw new TimeoutException("Caches never dropped the withdrawn consent.");
                }

                Thread.SpinWait(50);
            }

            samples.Add(Stopwatch.GetElapsedTime(acknowledged).TotalMilliseconds);
        }

        return Percentiles.Of(samples, 99);
    }
}
