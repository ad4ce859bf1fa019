using CityOs.Storage;

namespace CityOs.Consent.Access;

/// <summary>
/// Recorded proxy relationships: who (a family member's or care manager's sign-in subject, or a counter clerk's
/// staff subject) may act for which resident. Partitioned by the proxy, keyed by the resident, so the per-request
/// check is one point read; recording or ending one is one ETag-checked write.
/// </summary>
public sealed class ProxyRelationships(IDocumentStore store, TimeProvider time)
{
    private const string Container = "consent-proxies";

    public async Task<ProxyRelationship> RecordAsync(string residentId, string proxySubject, ProxyKind kind, string recordedBy, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var record = new ProxyRelationship(residentId, proxySubject, kind, recordedBy, time.GetUtcNow(), until, null);
        var existing = await store.GetAsync<ProxyRelationship>(Container, proxySubject, residentId, cancellationToken);
        var stored = existing is null
            ? await store.CreateAsync(Container, proxySubject, residentId, record, cancellationToken)
            : await store.ReplaceAsync(Container, proxySubject, residentId, record, existing.ETag, cancellationToken);
        return stored.Value;
    }

    public async Task<ProxyRelationship?> ActiveAsync(string proxySubject, string residentId, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync<ProxyRelationship>(Container, proxySubject, residentId, cancellationToken);
        return stored?.Value is { } r && r.IsActive(time.GetUtcNow()) ? r : null;
    }

    public async Task<IReadOnlyList<ProxyRelationship>> ForProxyAsync(string proxySubject, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<ProxyRelationship>(Container, proxySubject, cancellationToken: cancellationToken)).Select(d => d.Value).Where(r => r.IsActive(time.GetUtcNow()))];
}

public enum ProxyKind
{
    Family,
    CareManager,
    Counter,
}

public sealed record ProxyRelationship(string ResidentId, string ProxySubject, ProxyKind Kind, string RecordedBy, DateTimeOffset RecordedAt, DateTimeOffset? Until, DateTimeOffset? EndedAt)
{
    public bool IsActive(DateTimeOffset now) => EndedAt is null && (Until is null || Until > now);
}
