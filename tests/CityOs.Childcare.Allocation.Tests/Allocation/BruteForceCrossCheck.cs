using FsCheck.Xunit;

namespace CityOs.Childcare.Allocation.Tests;

[Properties(Arbitrary = [typeof(TinyShapes)], MaxTest = 300)]
public class BruteForceCrossCheck
{
    private static readonly ChildcareAllocator Allocator = new();

    [Property]
    public bool Allocator_places_the_most_children_among_stable_outcomes_when_one_exists(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var best = BruteForce.MaxPlacedAmongStable(instance);
        var result = Allocator.Allocate(instance);
        return best is { } most
            ? result.Stable && result.Matched == most
            : !result.Stable && result.StableOutcomeExists == false;
    }
}
