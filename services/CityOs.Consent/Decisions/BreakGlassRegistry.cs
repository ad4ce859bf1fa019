using CityOs.Contracts.Consent;
using CityOs.Storage;

namespace CityOs.Consent.Decisions;

/// <summary>Open and closed break-glass windows. Few and small: one partition, read fresh for every decision.</summary>
public sealed class BreakGlassRegistry(IDocumentStore store)
{
    public const string Container = "consent-break-glass";
    private const string Partition = "windows";

    public async Task<IReadOnlyList<BreakGlassWindow>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<BreakGlassWindow>(Container, Partition, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Idempotent: a redelivered declaration opens the same window once.</summary>
    public async Task<BreakGlassWindow> OpenAsync(DisasterDeclared declared, CancellationToken cancellationToken)
    {
        var window = new BreakGlassWindow
        {
            DeclarationId = declared.DeclarationId,
            Districts = declared.Districts,
            Categories = declared.Categories,
            From = declared.From,
            Until = declared.Until,
            Reason = declared.Reason,
        };
        try
        {
            await store.CreateAsync(Container, Partition, declared.DeclarationId.ToString("N"), window, cancellationToken);
            return window;
        }
        catch (DocumentConflictException)
        {
            return (await store.GetAsync<BreakGlassWindow>(Container, Partition, declared.DeclarationId.ToString("N"), cancellationToken))!.Value;
        }
    }

    public async Task<bool> EndAsync(Guid declarationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await store.GetAsync<BreakGlassWindow>(Container, Partition, declarationId.ToString("N"), cancellationToken);
            if (current is null || current.Value.EndedAt is not null)
            {
                return false;
            }

            try
            {
                await store.ReplaceAsync(Container, Partition, current.Id, current.Value with { EndedAt = at }, current.ETag, cancellationToken);
                return true;
            }
            catch (DocumentConflictException)
            {
            }
        }
    }
}
