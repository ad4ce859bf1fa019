using System.Collections.Concurrent;
using CityOs.Storage;

namespace CityOs.Disaster.Safety;

/// <summary>Latest safety report per resident: a document each (written one at a time by people), counted in memory for the live summary.</summary>
public sealed class SafetyBoard(IDocumentStore store)
{
    public const string Container = "disaster-safety";
    private readonly ConcurrentDictionary<string, SafetyReport> _latest = new(StringComparer.Ordinal);

    public string? StatusOf(string pseudonym) => _latest.TryGetValue(pseudonym, out var r) ? r.Status : null;

    public SafetyReport? LatestOf(string pseudonym) => _latest.GetValueOrDefault(pseudonym);

    public async Task<SafetyReport> ReportAsync(SafetyReport report, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync<SafetyReport>(Container, report.District, report.Pseudonym, cancellationToken);
        if (existing is null)
        {
            await store.CreateAsync(Container, report.District, report.Pseudonym, report, cancellationToken);
        }
        else
        {
            await store.ReplaceAsync(Container, report.District, report.Pseudonym, report, existing.ETag, cancellationToken);
        }

        _latest[report.Pseudonym] = report;
        return report;
    }

    public async Task LoadAsync(IEnumerable<string> districts, CancellationToken cancellationToken)
    {
        foreach (var district in districts)
        {
            foreach (var document in await store.QueryAsync<SafetyReport>(Container, district, cancellationToken: cancellationToken))
            {
                _latest[document.Id] = document.Value;
            }
        }
    }

    public IReadOnlyList<SafetyReport> All() => [.. _latest.Values];
}
