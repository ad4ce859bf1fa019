namespace CityOs.Childcare.Allocation;

/// <param name="BlockingPairs">Justified claims against the outcome.</param>
/// <param name="Violations">Broken hard rules: over capacity, a family outside its options, a child worse off than staying.</param>
public sealed record StabilityReport(IReadOnlyList<BlockingPair> BlockingPairs, IReadOnlyList<string> Violations)
{
    public bool IsStable => BlockingPairs.Count == 0 && Violations.Count == 0;
}
