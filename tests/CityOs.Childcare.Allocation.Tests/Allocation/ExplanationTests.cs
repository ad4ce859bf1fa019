namespace CityOs.Childcare.Allocation.Tests;

public class ExplanationTests
{
    private const string Instance = """
        {"facilities":[{"id":"X","capacity":{"1":2}},{"id":"Y","capacity":{"1":5}}],
         "children":[{"id":"A","age":1,"familyId":"HA"},{"id":"B","age":1,"familyId":"HB"},{"id":"C","age":1,"familyId":"HC"},
                     {"id":"D","age":1,"familyId":"HD"},{"id":"E","age":1,"familyId":"HE"}],
         "families":[{"id":"HA","children":["A"],"preferences":[["X"]]},{"id":"HB","children":["B"],"preferences":[["X"]]},
                     {"id":"HC","children":["C"],"preferences":[["X"],["Y"]]},{"id":"HD","children":["D"],"preferences":[["X"],["Y"]]},
                     {"id":"HE","children":["E"],"preferences":[["X"],["Y"]]}],
         "priorities":[{"facility":"X","ranking":[{"child":"A","score":60},{"child":"B","score":58},{"child":"C","score":57},
                                                  {"child":"D","score":56},{"child":"E","score":55}]},
                       {"facility":"Y","ranking":[{"child":"C","score":57},{"child":"D","score":56},{"child":"E","score":55}]}]}
        """;

    [Fact]
    public void A_family_sees_its_waiting_position_the_cutoff_and_its_own_points()
    {
        var instance = AllocationInputReader.Parse(Instance);
        var result = new ChildcareAllocator().Allocate(instance);

        var explanation = ExplanationBuilder.Explain(instance, result.Assignments).Single(f => f.FamilyId == "HE");

        var waiting = Assert.Single(explanation.Children.Single().Waiting);
        Assert.Equal(("X", 3, 58.0, 55.0), (waiting.FacilityId, waiting.Position, waiting.CutoffScore, waiting.ChildScore));
        Assert.Equal("position 3 for facility X; the last child admitted had 58 points; you have 55", waiting.Message);
        Assert.Equal("granted preference 2 of 2 (E: Y)", explanation.Summary);
    }

    [Fact]
    public void A_family_placed_at_its_first_choice_has_no_waiting_positions()
    {
        var instance = AllocationInputReader.Parse(Instance);
        var result = new ChildcareAllocator().Allocate(instance);

        var explanation = ExplanationBuilder.Explain(instance, result.Assignments).Single(f => f.FamilyId == "HA");

        Assert.Equal(0, explanation.OptionIndex);
        Assert.Empty(explanation.Children.Single().Waiting);
    }
}
