using System.Runtime.CompilerServices;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// Cross-reference checks shared by the JSON reader and instances built in code. Paths follow the JSON layout,
/// so a service that builds the instance from its own store gets the same messages as the batch run.
/// </summary>
public static class InstanceValidator
{
    // Instances read by AllocationInputReader are validated once; the allocator, checker and explanations skip them.
    private static readonly ConditionalWeakTable<AllocationInstance, object> Validated = [];

    public static void Validate(AllocationInstance instance)
    {
        if (Validated.TryGetValue(instance, out _))
        {
            return;
        }

        var facilities = ValidateFacilities(instance.Facilities);
        var families = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Families.Count; i++)
        {
            var family = instance.Families[i];
            if (!families.TryAdd(family.Id, i))
            {
                throw new AllocationInputException($"$.families[{i}].id", $"duplicate family id \"{family.Id}\"");
            }
        }

        var children = ValidateChildren(instance.Children, facilities, families);
        ValidateFamilies(instance.Families, facilities, children);
        ValidatePriorities(instance.Priorities, facilities, children);
        Validated.AddOrUpdate(instance, instance);
    }

    private static HashSet<string> ValidateFacilities(IReadOnlyList<Facility> facilities)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < facilities.Count; i++)
        {
            var facility = facilities[i];
            if (!ids.Add(facility.Id))
            {
                throw new AllocationInputException($"$.facilities[{i}].id", $"duplicate facility id \"{facility.Id}\"");
            }

            if (facility.Capacity.Count != AgeClass.Count)
            {
                throw new AllocationInputException($"$.facilities[{i}].capacity", "expected one capacity per age class 0–5");
            }

            for (var age = 0; age < AgeClass.Count; age++)
            {
                if (facility.Capacity[age] < 0)
                {
                    throw new AllocationInputException(
                        $"$.facilities[{i}].capacity[\"{age}\"]", $"capacity must not be negative, got {facility.Capacity[age]}");
                }
            }
        }

        return ids;
    }

    private static Dictionary<string, (int Index, Child Child)> ValidateChildren(
        IReadOnlyList<Child> children, HashSet<string> facilities, Dictionary<string, int> families)
    {
        var ids = new Dictionary<string, (int, Child)>(StringComparer.Ordinal);
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var path = $"$.children[{i}]";
            if (!ids.TryAdd(child.Id, (i, child)))
            {
                throw new AllocationInputException($"{path}.id", $"duplicate child id \"{child.Id}\"");
            }

            if (!AgeClass.IsValid(child.Age))
            {
                throw new AllocationInputException($"{path}.age", $"age must be 0 to 5, got {child.Age}");
            }

            if (!families.ContainsKey(child.FamilyId))
            {
                throw new AllocationInputException($"{path}.familyId", $"unknown family \"{child.FamilyId}\"");
            }

            if (child.CurrentFacility is { } current && !facilities.Contains(current))
            {
                throw new AllocationInputException($"{path}.currentFacility", $"unknown facility \"{current}\"");
            }
        }

        return ids;
    }

    private static void ValidateFamilies(
        IReadOnlyList<Family> families, HashSet<string> facilities, Dictionary<string, (int Index, Child Child)> children)
    {
        var familyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < families.Count; i++)
        {
            var family = families[i];
            var path = $"$.families[{i}]";
            if (family.Children.Count == 0)
            {
                throw new AllocationInputException($"{path}.children", "a family must list at least one child");
            }

            for (var j = 0; j < family.Children.Count; j++)
            {
                var childId = family.Children[j];
                var childPath = $"{path}.children[{j}]";
                if (!children.TryGetValue(childId, out var entry))
                {
                    throw new AllocationInputException(childPath, $"unknown child \"{childId}\"");
                }

                if (!familyOf.TryAdd(childId, family.Id))
                {
                    throw new AllocationInputException(childPath, $"child \"{childId}\" is already listed in family \"{familyOf[childId]}\"");
                }

                if (entry.Child.FamilyId != family.Id)
                {
                    throw new AllocationInputException(childPath, $"child \"{childId}\" has familyId \"{entry.Child.FamilyId}\"");
                }
            }

            for (var j = 0; j < family.Preferences.Count; j++)
            {
                var option = family.Preferences[j];
                var optionPath = $"{path}.preferences[{j}]";
                if (option.Count != family.Children.Count)
                {
                    throw new AllocationInputException(
                        optionPath, $"expected {family.Children.Count} entries (one per child), got {option.Count}");
                }

                for (var k = 0; k < option.Count; k++)
                {
                    if (option[k] is { } facility && !facilities.Contains(facility))
                    {
                        throw new AllocationInputException($"{optionPath}[{k}]", $"unknown facility \"{facility}\"");
                    }
                }
            }
        }

        foreach (var (childId, (index, child)) in children)
        {
            if (!familyOf.ContainsKey(childId))
            {
                throw new AllocationInputException(
                    $"$.children[{index}].familyId", $"family \"{child.FamilyId}\" does not list child \"{childId}\"");
            }
        }
    }

    private static void ValidatePriorities(
        IReadOnlyList<FacilityPriority> priorities, HashSet<string> facilities, Dictionary<string, (int Index, Child Child)> children)
    {
        var seenFacilities = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < priorities.Count; i++)
        {
            var priority = priorities[i];
            var path = $"$.priorities[{i}]";
            if (!facilities.Contains(priority.Facility))
            {
                throw new AllocationInputException($"{path}.facility", $"unknown facility \"{priority.Facility}\"");
            }

            if (!seenFacilities.Add(priority.Facility))
            {
                throw new AllocationInputException($"{path}.facility", $"facility \"{priority.Facility}\" already has a ranking");
            }

            var ranked = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < priority.Ranking.Count; j++)
            {
                var entry = priority.Ranking[j];
                if (!children.ContainsKey(entry.Child))
                {
                    throw new AllocationInputException($"{path}.ranking[{j}].child", $"unknown child \"{entry.Child}\"");
                }

                if (!ranked.Add(entry.Child))
                {
                    throw new AllocationInputException($"{path}.ranking[{j}].child", $"child \"{entry.Child}\" is ranked twice");
                }

                if (!double.IsFinite(entry.Score))
                {
                    throw new AllocationInputException($"{path}.ranking[{j}].score", "score must be a finite number");
                }
            }
        }
    }
}
