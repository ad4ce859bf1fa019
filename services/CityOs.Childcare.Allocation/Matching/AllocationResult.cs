namespace CityOs.Childcare.Allocation;

/// <summary>The outcome of one allocation run.</summary>
public sealed record AllocationResult
{
    /// <summary>Child id → facility id, or null when the child has no place; in the instance's child order.</summary>
    public required IReadOnlyDictionary<string, string?> Assignments { get; init; }

    /// <summary>Family id → index of the granted option in its <c>preferences</c>, or null for the unlisted status quo.</summary>
    public required IReadOnlyDictionary<string, int?> FamilyOptions { get; init; }

    /// <summary>Children with a place, including children keeping their current place.</summary>
    public required int Matched { get; init; }

    public required int Unmatched { get; init; }

    /// <summary>Blocking pairs as <see cref="BlockingPairChecker"/> finds them in the returned outcome.</summary>
    public required IReadOnlyList<BlockingPair> BlockingPairs { get; init; }

    /// <summary>True when this instance is proven to have no stable outcome (siblings only); null when not proven either way.</summary>
    public required bool? StableOutcomeExists { get; init; }

    /// <summary>True when no stable outcome places more children (always so for single children; proven by CP-SAT otherwise).</summary>
    public required bool MaximumProven { get; init; }

    public required ExactStatus ExactSearch { get; init; }

    /// <summary>Which search produced the outcome: <c>deferred-acceptance</c>, <c>family-proposing</c> or <c>cp-sat</c>.</summary>
    public required string Method { get; init; }

    public bool Stable => BlockingPairs.Count == 0;
}
