using System.Collections.Concurrent;

namespace CityOs.Childcare.Allocation;

public sealed class AllocationRunStore
{
    private readonly ConcurrentDictionary<string, AllocationRun> _runs = new(StringComparer.Ordinal);

    public AllocationRun? Find(string id) => _runs.GetValueOrDefault(id);

    public void Add(AllocationRun run) => _runs[run.Id] = run;
}
