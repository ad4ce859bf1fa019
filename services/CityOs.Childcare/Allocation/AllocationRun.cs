namespace CityOs.Childcare.Allocation;

/// <summary>A stored run. Children appear only by pseudonym, as in the applications themselves.</summary>
/// <param name="Counted">True once the places its outcomes took are in the facilities' enrolled counts.</param>
public sealed record AllocationRun(
    string Id, string Round, DateTimeOffset At, string Method, int Matched, int Unmatched, bool Stable,
    IReadOnlyList<BlockingPair> BlockingPairs, IReadOnlyDictionary<string, string?> Assignments, bool Counted = false);
