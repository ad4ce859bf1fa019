namespace CityOs.Childcare.Allocation;

/// <summary>A stored run. Children appear only by pseudonym, as in the applications themselves.</summary>
public sealed record AllocationRun(
    string Id, string Round, DateTimeOffset At, string Method, int Matched, int Unmatched, bool Stable,
    IReadOnlyList<BlockingPair> BlockingPairs, IReadOnlyDictionary<string, string?> Assignments);
