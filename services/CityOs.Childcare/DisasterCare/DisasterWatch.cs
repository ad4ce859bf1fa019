using CityOs.Storage;

namespace CityOs.Childcare.DisasterCare;

/// <summary>
/// The disaster declarations in force, as Disaster announced them on the bus, one document each in partition
/// <c>declarations</c> (a handful at a time), so a restart during a disaster still accepts presence reports.
/// </summary>
public sealed class DisasterWatch(IDocumentStore store, TimeProvider time)
{
    public const string Container = "childcare-disaster";
    private const string Partition = "declarations";

    /// <summary>Idempotent: a redelivered declaration finds its document and changes nothing.</summary>
    public async Task DeclareAsync(Guid id, IReadOnlyList<string> districts, DateTimeOffset until, CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateAsync(Container, Partition, id.ToString("N"), new WatchedDeclaration(id, districts, until), cancellationToken);
        }
        catch (DocumentConflictException)
        {
        }
    }

    public Task EndAsync(Guid id, CancellationToken cancellationToken) => store.DeleteAsync(Container, Partition, id.ToString("N"), cancellationToken: cancellationToken);

    public async Task<bool> IsDeclaredAsync(string district, CancellationToken cancellationToken) =>
        (await store.QueryAsync<WatchedDeclaration>(Container, Partition, cancellationToken: cancellationToken))
            .Any(d => d.Value.Until > time.GetUtcNow() && d.Value.Districts.Contains(district));
}

public sealed record WatchedDeclaration(Guid Id, IReadOnlyList<string> Districts, DateTimeOffset Until);
