using CityOs.Storage;

namespace CityOs.Disaster.Districts;

public sealed class DistrictStore(IDocumentStore store)
{
    public const string Container = "disaster-districts";
    private const string Partition = "districts";

    public async Task<IReadOnlyList<District>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<District>(Container, Partition, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Idempotent: seeding twice (a restart) leaves one document per district.</summary>
    public async Task SeedAsync(IEnumerable<District> districts, CancellationToken cancellationToken)
    {
        foreach (var district in districts)
        {
            var existing = await store.GetAsync<District>(Container, Partition, district.Code, cancellationToken);
            if (existing is null)
            {
                await store.CreateAsync(Container, Partition, district.Code, district, cancellationToken);
            }
            else if (existing.Value != district)
            {
                await store.ReplaceAsync(Container, Partition, district.Code, district, existing.ETag, cancellationToken);
            }
        }
    }
}
