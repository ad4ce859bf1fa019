using FsCheck.Xunit;

namespace CityOs.Childcare.Allocation.Tests;

[Properties(Arbitrary = [typeof(SinglesShapes)], MaxTest = 300)]
public class SinglesProperties
{
    private static readonly ChildcareAllocator Allocator = new();

    [Property]
    public bool Single_children_get_a_stable_outcome(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var result = Allocator.Allocate(instance);
        return result.BlockingPairs.Count == 0 && BlockingPairChecker.Check(instance, result.Assignments).IsStable;
    }

    [Property]
    public bool Single_children_get_the_child_proposing_deferred_acceptance_outcome(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var expected = ReferenceDeferredAcceptance.Run(instance);
        var result = Allocator.Allocate(instance);
        return expected.All(e => result.Assignments[e.Key] == e.Value) && result.MaximumProven;
    }

    [Property]
    public bool Freed_places_are_given_to_waiting_children(InstanceShape shape)
    {
        // No new places at all: every seat a child gets is one that a transferring child left.
        var instance = RandomInstances.Build(shape with { MaxCapacity = 0, TransferPercent = 60 });
        var result = Allocator.Allocate(instance);
        var seats = instance.Children.Where(c => c.CurrentFacility is not null).CountBy(c => (c.CurrentFacility!, c.Age)).ToDictionary();
        var used = instance.Children.Where(c => result.Assignments[c.Id] is not null).CountBy(c => (result.Assignments[c.Id]!, c.Age)).ToDictionary();
        var wantedButEmpty = instance.Families.Any(f =>
        {
            var child = instance.Children.First(c => c.Id == f.Children[0]);
            var outcome = result.Assignments[child.Id];
            return f.Preferences.TakeWhile(o => o[0] != outcome && o[0] != child.CurrentFacility)
                .Any(o => o[0] is { } h && used.GetValueOrDefault((h, child.Age)) < seats.GetValueOrDefault((h, child.Age)));
        });
        return !wantedButEmpty;
    }
}
