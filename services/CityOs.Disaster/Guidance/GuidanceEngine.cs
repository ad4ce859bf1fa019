using CityOs.Consent.Client;
using CityOs.Contracts.Consent;
using CityOs.Contracts.Evacuation;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Safety;
using CityOs.Disaster.Shelters;
using CityOs.Disaster.Supporters;
using CityOs.ServiceDefaults.Bus;
using CityOs.Storage;
using MassTransit;

namespace CityOs.Disaster.Guidance;

/// <summary>
/// Turns triggers into guidance: picks who needs (re)planning, plans them in one pass, asks Consent for
/// Mobility links concurrently, stores one plan-set per district, then requests rides.
/// </summary>
public sealed class GuidanceEngine(
    GuidanceBoard board,
    RegistryStore registry,
    PlanStore plans,
    ShelterBoard shelters,
    SupporterRoster supporters,
    AlertBoard alerts,
    DeclarationBoard declarations,
    SafetyBoard safety,
    GuidanceMetrics metrics,
    IServiceScopeFactory scopes,
    IBus bus,
    IDocumentStore store,
    TimeProvider time,
    ILogger<GuidanceEngine> logger)
{
    public const string Container = "disaster-guidance";
    private const int LinkConcurrency = 64;
    private static readonly TimeSpan RideDeadline = TimeSpan.FromHours(2);
    private static readonly TimeSpan WindowWait = TimeSpan.FromSeconds(3);
    private readonly Dictionary<string, string> _planSetETags = new(StringComparer.Ordinal);

    // What a failed batch (store or bus down) left undone: retried by every later batch, so nothing waits for a new alert.
    private readonly HashSet<string> _unsaved = new(StringComparer.Ordinal);
    private readonly List<object> _unsent = [];

    public async Task RunAsync(IReadOnlyList<GuidanceWork> batch, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var changed = new List<ResidentGuidance>();
        foreach (var work in batch.Where(w => w.Ride is not null))
        {
            if (board.PseudonymForRide(work.Ride!.RequestId) is { } p && board.Find(p) is { RideRequestId: { } r } g && r == work.Ride.RequestId)
            {
                changed.Add(g with { Status = GuidanceStatus.Assisted, RideId = work.Ride.RideId, RideRequest = null, At = now });
            }
        }

        foreach (var work in batch.Where(w => w.Declined is not null))
        {
            if (board.PseudonymForRide(work.Declined!.RequestId) is { } p && board.Find(p) is { RideRequestId: { } r } g && r == work.Declined.RequestId && g.Status == GuidanceStatus.WaitingForVehicle)
            {
                board.Release(g);
                changed.Add(g with { Status = GuidanceStatus.Unassisted, Reason = UnassistedReason.NoVehicle, RideRequest = null, At = now });
            }
        }

        foreach (var late in batch.Any(w => w.Trigger == "deadline")
            ? board.Where(g => g.Status == GuidanceStatus.WaitingForVehicle && g.RideDeadline is { } due && due <= now)
            : [])
        {
            board.Release(late);
            changed.Add(late with { Status = GuidanceStatus.Unassisted, Reason = UnassistedReason.NoVehicle, RideRequest = null, At = now });
        }

        if (batch.Any(w => w.Trigger == "resume"))
        {
            // A restart may have cut off a request or its answer: ask again, Mobility answers each request id once.
            _unsent.AddRange(board.Where(g => g.Status == GuidanceStatus.WaitingForVehicle && g.RideRequest is not null).Select(g => (object)g.RideRequest!));
        }

        var residents = Select(batch);
        foreach (var resident in residents)
        {
            if (board.Find(resident.Pseudonym) is { } previous)
            {
                board.Release(previous);
                if (previous is { RideRequestId: { } old, Status: GuidanceStatus.WaitingForVehicle or GuidanceStatus.Assisted })
                {
                    // Re-planned (shelter flooded or full): the earlier ride would fetch them for the old shelter and hold a seat.
                    _unsent.Add(new CancelEvacuationRide { RequestId = old, Reason = "re-planned" });
                }
            }
        }

        var levels = alerts.Levels();
        var planned = GuidancePlanner.Plan(new PlanningInput
        {
            Residents = residents,
            Plans = plans.Snapshot(),
            Shelters = shelters.All(),
            Reserved = board.Reserved,
            SupportersIn = supporters.InDistrict,
            SupporterLoad = board.SupporterLoad,
            FloodingDistricts = levels.Where(l => l.Value >= 5).Select(l => l.Key).ToHashSet(StringComparer.Ordinal),
        }, out var reserved, out var load);

        var planTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var byPseudonym = residents.ToDictionary(r => r.Pseudonym, StringComparer.Ordinal);
        var links = await LinkAsync([.. planned.Where(p => p.NeedsVehicle && p.Reason is null)], byPseudonym, cancellationToken);
        var rides = new List<RequestEvacuationRide>();
        foreach (var plan in planned)
        {
            var guidance = new ResidentGuidance
            {
                Pseudonym = plan.Pseudonym,
                District = plan.District,
                ShelterId = plan.ShelterId,
                SupporterId = plan.SupporterId,
                Method = plan.Method,
                Status = plan.Reason is null ? GuidanceStatus.Assisted : GuidanceStatus.Unassisted,
                Reason = plan.Reason,
                PlanSource = plan.PlanSource,
                At = now,
            };
            if (plan.NeedsVehicle && plan.Reason is null)
            {
                var decided = links[plan.Pseudonym];
                if (Ride(decided, byPseudonym[plan.Pseudonym], plan, now) is { } ride)
                {
                    rides.Add(ride);
                    guidance = guidance with { Status = GuidanceStatus.WaitingForVehicle, RideRequestId = ride.RequestId, RideDeadline = ride.LatestArrival, LinkBasis = decided.Basis, RideRequest = ride };
                }
                else
                {
                    reserved[plan.ShelterId!]--;
                    var reason = decided.DenyReason == ConsentClient.Unavailable ? UnassistedReason.ConsentUnavailable : UnassistedReason.NoConsentNoBreakGlass;
                    guidance = guidance with { Status = GuidanceStatus.Unassisted, Reason = reason };
                }
            }

            changed.Add(guidance);
        }

        var linked = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        board.Commit(changed, reserved, load);
        _unsaved.UnionWith(changed.Select(g => g.District));
        await PersistAsync(now, cancellationToken);
        _unsent.AddRange(rides);
        metrics.RideRequested(rides.Count);
        while (_unsent.Count > 0)
        {
            await bus.PublishWithinAsync(_unsent[0], cancellationToken);
            _unsent.RemoveAt(0);
        }

        if (changed.Count > 0)
        {
            logger.LogInformation("Guidance updated for {Count} residents ({Rides} rides requested): planned in {PlanMs:0} ms, links by {LinkMs:0} ms, done in {TotalMs:0} ms",
                changed.Count, rides.Count, planTime.TotalMilliseconds, linked.TotalMilliseconds, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private List<RegistryEntry> Select(IReadOnlyList<GuidanceWork> batch)
    {
        var levels = alerts.Levels();
        var selected = new Dictionary<string, RegistryEntry>(StringComparer.Ordinal);
        void Add(string pseudonym)
        {
            if (registry.Find(pseudonym) is { } entry && levels.GetValueOrDefault(entry.District) >= 3 && safety.StatusOf(pseudonym) != SafetyStatus.AtShelter)
            {
                selected[pseudonym] = entry;
            }
        }

        foreach (var work in batch)
        {
            var districts = work.Districts.ToHashSet(StringComparer.Ordinal);
            var pseudonyms = work.Trigger switch
            {
                "alert" => districts.SelectMany(registry.InDistrict).Where(e => board.Find(e.Pseudonym) is null).Select(e => e.Pseudonym),
                "break-glass" => board.Where(g => districts.Contains(g.District) && g.Reason is UnassistedReason.NoConsentNoBreakGlass or UnassistedReason.ConsentUnavailable).Select(g => g.Pseudonym),
                "consent-retry" => board.Where(g => g.Reason == UnassistedReason.ConsentUnavailable).Select(g => g.Pseudonym),
                "shelter" => board.Where(g => g.ShelterId == work.ShelterId && g.Status != GuidanceStatus.Unassisted).Select(g => g.Pseudonym),
                "flooding" => board.Where(g => g.ShelterId is { } s && shelters.Find(s) is { } shelter && districts.Contains(shelter.District) && g.Status != GuidanceStatus.Unassisted).Select(g => g.Pseudonym),
                _ => [],
            };
            foreach (var pseudonym in pseudonyms)
            {
                Add(pseudonym);
            }
        }

        return [.. selected.Values];
    }

    private async Task<Dictionary<string, LinkDecided>> LinkAsync(IReadOnlyList<PlannedGuidance> vehicle, Dictionary<string, RegistryEntry> residents, CancellationToken cancellationToken)
    {
        var answers = new System.Collections.Concurrent.ConcurrentDictionary<string, LinkDecided>(StringComparer.Ordinal);
        using var scope = scopes.CreateScope();
        var consent = scope.ServiceProvider.GetRequiredService<IConsentClient>();

        // Consent opens a break-glass window when it consumes DisasterDeclared; for a fresh declaration, probe
        // with one resident until the window is seen, so the rest are not denied merely by arriving first.
        var now = time.GetUtcNow();
        await Task.WhenAll(vehicle.Where(v => declarations.OpenedAt(v.District) is { } at && now - at < TimeSpan.FromSeconds(30))
            .GroupBy(v => v.District).Select(async fresh =>
            {
                var probe = fresh.First();
                var deadline = DateTime.UtcNow + WindowWait;
                LinkDecided decided;
                do
                {
                    decided = await consent.RequestLinkAsync(Request(probe, residents[probe.Pseudonym]), cancellationToken);
                    metrics.Link(decided.Allowed, decided.Basis);
                }
                while (!decided.Allowed && DateTime.UtcNow < deadline && await Delay(cancellationToken));
                answers[probe.Pseudonym] = decided;
            }));

        await Parallel.ForEachAsync(vehicle.Where(v => !answers.ContainsKey(v.Pseudonym)), new ParallelOptions { MaxDegreeOfParallelism = LinkConcurrency, CancellationToken = cancellationToken }, async (plan, ct) =>
        {
            var decided = await consent.RequestLinkAsync(Request(plan, residents[plan.Pseudonym]), ct);
            metrics.Link(decided.Allowed, decided.Basis);
            answers[plan.Pseudonym] = decided;
        });
        return new Dictionary<string, LinkDecided>(answers, StringComparer.Ordinal);
    }

    private static async Task<bool> Delay(CancellationToken cancellationToken)
    {
        await Task.Delay(50, cancellationToken);
        return true;
    }

    private static RequestLink Request(PlannedGuidance plan, RegistryEntry resident) => new()
    {
        RequestId = Guid.NewGuid(),
        RequesterDomain = DisasterDomain.Name,
        RequesterPseudonym = plan.Pseudonym,
        TargetDomain = "mobility",
        PurposeId = DisasterDomain.EvacuationRidePurpose,
        Categories = Categories(resident),
    };

    /// <summary>Only what the ride needs: the wheelchair, or that walking is impossible, and where to pick up.</summary>
    private static List<string> Categories(RegistryEntry resident)
    {
        var categories = new List<string>();
        if (resident.Needs.Contains(SupportNeed.Wheelchair))
        {
            categories.Add("mobility-needs.wheelchair");
        }

        if (resident.Needs.Contains(SupportNeed.Bedridden) || categories.Count == 0)
        {
            categories.Add("mobility-needs.cannot-walk-500m");
        }

        categories.Add("mobility-needs.pickup-place");
        return categories;
    }

    private RequestEvacuationRide? Ride(LinkDecided decided, RegistryEntry resident, PlannedGuidance plan, DateTimeOffset now)
    {
        if (!decided.Allowed || decided.TargetPseudonym is null || !decided.AllowedCategories.Contains("mobility-needs.pickup-place")
            || shelters.Find(plan.ShelterId!) is not { } shelter)
        {
            return null;
        }

        return new RequestEvacuationRide
        {
            RequestId = Guid.NewGuid(),
            MobilityPseudonym = decided.TargetPseudonym,
            PickupLatitude = Math.Round(resident.Lat, 3),
            PickupLongitude = Math.Round(resident.Lon, 3),
            ShelterId = shelter.Id,
            DropoffLatitude = shelter.Lat,
            DropoffLongitude = shelter.Lon,
            Wheelchair = decided.AllowedCategories.Contains("mobility-needs.wheelchair") ? true : null,
            Passengers = 1,
            District = resident.District,
            LatestArrival = now + RideDeadline,
            LedgerSequence = decided.LedgerSequence ?? 0,
        };
    }

    private async Task PersistAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var district in _unsaved.Order(StringComparer.Ordinal).ToList())
        {
            var set = new DistrictPlanSet { District = district, At = now, Guidance = board.Where(g => g.District == district) };
            StoredDocument<DistrictPlanSet> written;
            try
            {
                written = _planSetETags.TryGetValue(district, out var etag)
                    ? await store.ReplaceAsync(Container, district, "plan-set", set, etag, cancellationToken)
                    : await CreateOrReplaceAsync(district, set, cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // Our ETag is stale (a write that timed out yet landed, or a restart): this worker's board is the latest state.
                written = await CreateOrReplaceAsync(district, set, cancellationToken);
            }

            _planSetETags[district] = written.ETag;
            _unsaved.Remove(district);
        }
    }

    private async Task<StoredDocument<DistrictPlanSet>> CreateOrReplaceAsync(string district, DistrictPlanSet set, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync<DistrictPlanSet>(Container, district, "plan-set", cancellationToken);
        return existing is null
            ? await store.CreateAsync(Container, district, "plan-set", set, cancellationToken)
            : await store.ReplaceAsync(Container, district, "plan-set", set, existing.ETag, cancellationToken);
    }
}
