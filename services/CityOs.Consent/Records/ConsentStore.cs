using CityOs.Storage;

namespace CityOs.Consent.Records;

/// <summary>Consent records, partitioned by resident: a decision reads one partition.</summary>
public sealed class ConsentStore(IDocumentStore store)
{
    public const string Container = "consent-records";

    public async Task<IReadOnlyList<StoredDocument<ConsentRecord>>> ForSubjectAsync(string subjectId, CancellationToken cancellationToken) =>
        await store.QueryAsync<ConsentRecord>(Container, subjectId, cancellationToken: cancellationToken);

    public Task<StoredDocument<ConsentRecord>?> GetAsync(string subjectId, string consentId, CancellationToken cancellationToken) =>
        store.GetAsync<ConsentRecord>(Container, subjectId, consentId, cancellationToken);

    public Task<StoredDocument<ConsentRecord>> CreateAsync(ConsentRecord record, CancellationToken cancellationToken) =>
        store.CreateAsync(Container, record.SubjectId, record.Id, record, cancellationToken);

    public Task<StoredDocument<ConsentRecord>> ReplaceAsync(ConsentRecord record, string etag, CancellationToken cancellationToken) =>
        store.ReplaceAsync(Container, record.SubjectId, record.Id, record, etag, cancellationToken);

    /// <summary>Active records past their end: the expiry sweep turns them into Expired (deciding already treats them as expired).</summary>
    public async Task<IReadOnlyList<ConsentRecord>> DueForExpiryAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await store.ScanAsync<ConsentRecord>(Container,
            DocumentFilter.Where("state", FilterOperator.Equal, ConsentState.Active).And("validUntil", FilterOperator.LessThanOrEqual, now), cancellationToken)).Select(d => d.Value)];

    public async Task<IReadOnlyList<ConsentRecord>> AllActiveAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await store.ScanAsync<ConsentRecord>(Container,
            DocumentFilter.Where("state", FilterOperator.Equal, ConsentState.Active).And("validUntil", FilterOperator.GreaterThan, now), cancellationToken)).Select(d => d.Value)];

    /// <summary>Records whose outbox has held effects since before <paramref name="before"/>: a crash or an outage interrupted their delivery.</summary>
    public async Task<IReadOnlyList<ConsentRecord>> OwingSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        [.. (await store.ScanAsync<ConsentRecord>(Container,
            DocumentFilter.Where("pendingSince", FilterOperator.LessThanOrEqual, before), cancellationToken)).Select(d => d.Value)];
}
