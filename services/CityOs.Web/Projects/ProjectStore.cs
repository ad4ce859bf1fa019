using CityOs.Storage;

namespace CityOs.Web.Projects;

/// <summary>Projects as documents in one partition: the office runs tens of pilots, not thousands, and lists them together.</summary>
public sealed class ProjectStore(IDocumentStore store)
{
    public const string Container = "office-projects";
    private const string Partition = "projects";
    private const int Attempts = 5;

    public async Task<DemonstrationProject> CreateAsync(DemonstrationProject project, CancellationToken cancellationToken) =>
        (await store.CreateAsync(Container, Partition, project.Id, project, cancellationToken)).Value;

    public async Task<DemonstrationProject?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<DemonstrationProject>(Container, Partition, id, cancellationToken))?.Value;

    public async Task<IReadOnlyList<DemonstrationProject>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<DemonstrationProject>(Container, Partition, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Appends points with one ETag-checked write, re-reading and retrying when someone else wrote first.</summary>
    public async Task<DemonstrationProject?> AppendAsync(string id, IReadOnlyList<KpiPoint> points, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync<DemonstrationProject>(Container, Partition, id, cancellationToken) is not { } current)
            {
                return null;
            }

            try
            {
                var updated = current.Value with { Points = [.. current.Value.Points, .. points] };
                return (await store.ReplaceAsync(Container, Partition, id, updated, current.ETag, cancellationToken)).Value;
            }
            catch (DocumentConflictException) when (attempt < Attempts)
            {
            }
        }
    }
}
