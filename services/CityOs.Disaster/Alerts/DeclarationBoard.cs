using CityOs.Contracts.Consent;
using CityOs.Disaster.Guidance;
using CityOs.Storage;
using MassTransit;

namespace CityOs.Disaster.Alerts;

/// <summary>
/// Declares and ends disasters. The declaration is stored before it is published; Consent opens its
/// break-glass window on <see cref="DisasterDeclared"/>, then guidance for those districts is redone.
/// </summary>
public sealed class DeclarationBoard(IDocumentStore store, IBus bus, GuidanceQueue queue, TimeProvider time, ILogger<DeclarationBoard> logger)
{
    public const string Container = "disaster-declarations";
    private const string Partition = "declarations";
    private static readonly TimeSpan DefaultLength = TimeSpan.FromHours(72);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<Declaration> _declarations = [];

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
    }

    /// <summary>Declares for the districts not already covered; returns null when all were.</summary>
    public async Task<Declaration?> DeclareAsync(IReadOnlyList<string> districts, string reason, string declaredBy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
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

            await bus.Publish(new DisasterDeclared
            {
                DeclarationId = declaration.Id,
                Districts = uncovered,
                Categories = DisasterDomain.BreakGlassCategories,
                From = declaration.From,
                Until = declaration.Until,
                Reason = reason,
            }, cancellationToken);
            logger.LogWarning("Disaster declared for districts {Districts} ({Reason})", string.Join(",", uncovered), reason);
            queue.Enqueue(new GuidanceWork { Trigger = "break-glass", Districts = uncovered });
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

            await bus.Publish(new DisasterDeclarationEnded { DeclarationId = id, At = ended.EndedAt!.Value }, cancellationToken);
            return ended;
        }
        finally
        {
            _gate.Release();
        }
    }
}
