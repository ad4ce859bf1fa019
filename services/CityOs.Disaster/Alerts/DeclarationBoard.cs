using CityOs.Contracts.Consent;
using CityOs.Disaster.Guidance;
using CityOs.ServiceDefaults.Bus;
using CityOs.Storage;
using MassTransit;

namespace CityOs.Disaster.Alerts;

/// <summary>
/// Declares and ends disasters. The declaration is stored before it is published; Consent opens its
/// break-glass window on <see cref="DisasterDeclared"/>, then guidance for those districts is redone.
/// An announcement that could not be published stays pending and is published again (by the next call and by
/// <see cref="DeclarationAnnouncer"/>) until the broker takes it: Consent opens and ends windows idempotently.
/// </summary>
public sealed class DeclarationBoard(IDocumentStore store, IBus bus, GuidanceQueue queue, TimeProvider time, ILogger<DeclarationBoard> logger)
{
    public const string Container = "disaster-declarations";
    private const string Partition = "declarations";
    private static readonly TimeSpan DefaultLength = TimeSpan.FromHours(72);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<Declaration> _declarations = [];
    private readonly Dictionary<Guid, object> _unannounced = [];

    public bool HasUnannounced
    {
        get
        {
            lock (_unannounced)
            {
                return _unannounced.Count > 0;
            }
        }
    }

    public IReadOnlyList<Declaration> All()
    {
        lock (_declarations)
        {
            return [.. _declarations];
        }
    }

    public bool Covers(string district) => All().Any(d => d.IsOpen(time.GetUtcNow()) && d.Districts.Contains(district));

    public DateTimeOffset? OpenedAt(string district) =>
        All().Where(d => d.IsOpen(time.GetUtcNow()) && d.Districts.Contains(district)).Select(d => (DateTimeOffset?)d.From).Min();

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await store.QueryAsync<Declaration>(Container, Partition, cancellationToken: cancellationToken);
        lock (_declarations)
        {
            _declarations.AddRange(stored.Select(d => d.Value));
        }

        // A crash between storing a declaration and publishing it would leave Consent without its window: announce the open ones again.
        foreach (var open in stored.Select(d => d.Value).Where(d => d.IsOpen(time.GetUtcNow())))
        {
            Pend(open.Id, Announcement(open));
        }
    }

    /// <summary>Publishes what earlier calls could not; throws when the broker still does not take it.</summary>
    public async Task AnnouncePendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await PublishPendingAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Declares for the districts not already covered; returns null when all were.</summary>
    public async Task<Declaration?> DeclareAsync(IReadOnlyList<string> districts, string reason, string declaredBy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await PublishPendingAsync(cancellationToken);
            var uncovered = districts.Distinct().Where(d => !Covers(d)).ToList();
            if (uncovered.Count == 0)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var declaration = new Declaration { Id = Guid.NewGuid(), Districts = uncovered, From = now, Until = now + DefaultLength, Reason = reason, DeclaredBy = declaredBy };
            await store.CreateAsync(Container, Partition, declaration.Id.ToString("N"), declaration, cancellationToken);
            lock (_declarations)
            {
                _declarations.Add(declaration);
            }

            Pend(declaration.Id, Announcement(declaration));
            await PublishPendingAsync(cancellationToken);
            logger.LogWarning("Disaster declared for districts {Districts} ({Reason})", string.Join(",", uncovered), reason);
            return declaration;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<Declaration?> EndAsync(Guid id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = All().FirstOrDefault(d => d.Id == id);
            if (current is null || current.EndedAt is not null)
            {
                return current;
            }

            var document = await store.GetAsync<Declaration>(Container, Partition, id.ToString("N"), cancellationToken);
            var ended = current with { EndedAt = time.GetUtcNow() };
            await store.ReplaceAsync(Container, Partition, id.ToString("N"), ended, document!.ETag, cancellationToken);
            lock (_declarations)
            {
                _declarations[_declarations.FindIndex(d => d.Id == id)] = ended;
            }

            Pend(id, new DisasterDeclarationEnded { DeclarationId = id, At = ended.EndedAt!.Value });
            await PublishPendingAsync(cancellationToken);
            return ended;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static DisasterDeclared Announcement(Declaration declaration) => new()
    {
        DeclarationId = declaration.Id,
        Districts = declaration.Districts,
        Categories = DisasterDomain.BreakGlassCategories,
        From = declaration.From,
        Until = declaration.Until,
        Reason = declaration.Reason,
    };

    private void Pend(Guid id, object message)
    {
        lock (_unannounced)
        {
            _unannounced[id] = message;
        }
    }

    // Called under the gate, so one declaration's messages leave in order.
    private async Task PublishPendingAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<Guid, object>> pending;
        lock (_unannounced)
        {
            pending = [.. _unannounced];
        }

        foreach (var (id, message) in pending)
        {
            await bus.PublishWithinAsync(message, cancellationToken);
            if (message is DisasterDeclared declared)
            {
                // Guidance is redone once the window's announcement is on its way to Consent, not before.
                queue.Enqueue(new GuidanceWork { Trigger = "break-glass", Districts = declared.Districts });
            }

            lock (_unannounced)
            {
                if (ReferenceEquals(_unannounced.GetValueOrDefault(id), message))
                {
                    _unannounced.Remove(id);
                }
            }
        }
    }
}
