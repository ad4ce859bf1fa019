using FsCheck.Xunit;

namespace CityOs.Childcare.Allocation.Tests;

[Properties(Arbitrary = [typeof(MixedShapes)], MaxTest = 200)]
public class AllocationProperties
{
    private static readonly ChildcareAllocator Allocator = new();

    [Property]
    public bool Capacity_per_age_class_is_never_exceeded(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var result = Allocator.Allocate(instance);
        var seats = instance.Facilities.ToDictionary(f => f.Id, f => f.Capacity.ToArray());
        foreach (var child in instance.Children.Where(c => c.CurrentFacility is not null))
        {
            seats[child.CurrentFacility!][child.Age]++;
        }

        return instance.Children
            .Where(c => result.Assignments[c.Id] is not null)
            .GroupBy(c => (Facility: result.Assignments[c.Id]!, c.Age))
            .All(g => g.Count() <= seats[g.Key.Facility][g.Key.Age]);
    }

    [Property]
    public bool Every_family_gets_one_of_its_options_or_keeps_its_status_quo(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var result = Allocator.Allocate(instance);
        return instance.Families.All(f =>
        {
            var outcome = f.Children.Select(c => result.Assignments[c]).ToList();
            var statusQuo = f.Children.Select(c => instance.Children.First(x => x.Id == c).CurrentFacility).ToList();
            return outcome.SequenceEqual(statusQuo) || f.Preferences.Any(o => o.SequenceEqual(outcome));
        });
    }

    [Property]
    public bool A_child_with_a_place_never_ends_worse_than_staying(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape with { TransferPercent = 50 });
        var result = Allocator.Allocate(instance);
        return instance.Families.All(f =>
        {
            var outcome = f.Children.Select(c => result.Assignments[c]).ToList();
            var statusQuo = f.Children.Select(c => instance.Children.First(x => x.Id == c).CurrentFacility).ToList();
            var stay = IndexOf(f, statusQuo);
            return outcome.SequenceEqual(statusQuo) || IndexOf(f, outcome) < stay;
        });
    }

    [Property]
    public bool The_outcome_is_stable_unless_no_stable_outcome_exists(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var result = Allocator.Allocate(instance);
        var report = BlockingPairChecker.Check(instance, result.Assignments);
        return report.Violations.Count == 0
            && report.BlockingPairs.Count == result.BlockingPairs.Count
            && (result.Stable || result.StableOutcomeExists == false);
    }

    [Property]
    public bool The_fast_search_and_the_checker_agree_on_stability(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var result = new ChildcareAllocator(new AllocationOptions { ExactSearch = ExactSearchMode.Never }).Allocate(instance);
        return (result.StableOutcomeExists == true) == result.Stable;
    }

    [Property]
    public bool The_same_input_gives_the_same_outcome(InstanceShape shape)
    {
        var instance = RandomInstances.Build(shape);
        var first = Allocator.Allocate(instance).Assignments;
        var second = Allocator.Allocate(RandomInstances.Build(shape)).Assignments;
        return first.SequenceEqual(second);
    }

    private static int IndexOf(Family family, IReadOnlyList<string?> outcome)
    {
        var index = family.Preferences.ToList().FindIndex(o => o.SequenceEqual(outcome));
        return index < 0 ? family.Preferences.Count : index;
    }
}
