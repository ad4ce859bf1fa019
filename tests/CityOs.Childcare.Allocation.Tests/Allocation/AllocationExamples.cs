namespace CityOs.Childcare.Allocation.Tests;

public class AllocationExamples
{
    private static readonly ChildcareAllocator Allocator = new();

    private static AllocationResult Allocate(string json) => Allocator.Allocate(AllocationInputReader.Parse(json));

    [Fact]
    public void A_place_freed_by_a_transfer_goes_to_another_child()
    {
        var result = Allocate("""
            {"facilities":[{"id":"F1","capacity":{}},{"id":"F2","capacity":{"1":1}}],
             "children":[{"id":"C1","age":1,"familyId":"H1","currentFacility":"F1"},{"id":"C2","age":1,"familyId":"H2"}],
             "families":[{"id":"H1","children":["C1"],"preferences":[["F2"]]},{"id":"H2","children":["C2"],"preferences":[["F1"]]}],
             "priorities":[{"facility":"F1","ranking":[{"child":"C2","score":40}]},{"facility":"F2","ranking":[{"child":"C1","score":50}]}]}
            """);

        Assert.Equal("F2", result.Assignments["C1"]);
        Assert.Equal("F1", result.Assignments["C2"]);
        Assert.True(result.Stable);
    }

    [Fact]
    public void A_transfer_applicant_keeps_the_current_place_when_nothing_better_is_free()
    {
        var result = Allocate("""
            {"facilities":[{"id":"F1","capacity":{}},{"id":"F2","capacity":{}}],
             "children":[{"id":"C1","age":2,"familyId":"H1","currentFacility":"F1"}],
             "families":[{"id":"H1","children":["C1"],"preferences":[["F2"]]}],
             "priorities":[]}
            """);

        Assert.Equal("F1", result.Assignments["C1"]);
        Assert.Null(result.FamilyOptions["H1"]);
    }

    [Fact]
    public void An_enrolled_child_is_not_displaced_by_a_higher_score()
    {
        var result = Allocate("""
            {"facilities":[{"id":"F1","capacity":{}}],
             "children":[{"id":"C1","age":3,"familyId":"H1","currentFacility":"F1"},{"id":"C2","age":3,"familyId":"H2"}],
             "families":[{"id":"H1","children":["C1"],"preferences":[]},{"id":"H2","children":["C2"],"preferences":[["F1"]]}],
             "priorities":[{"facility":"F1","ranking":[{"child":"C2","score":90},{"child":"C1","score":10}]}]}
            """);

        Assert.Equal("F1", result.Assignments["C1"]);
        Assert.Null(result.Assignments["C2"]);
        Assert.True(result.Stable);
    }

    [Fact]
    public void Listing_the_current_facility_ranks_staying_above_later_options()
    {
        var result = Allocate("""
            {"facilities":[{"id":"F1","capacity":{}},{"id":"F2","capacity":{"0":3}}],
             "children":[{"id":"C1","age":0,"familyId":"H1","currentFacility":"F1"}],
             "families":[{"id":"H1","children":["C1"],"preferences":[["F1"],["F2"]]}],
             "priorities":[{"facility":"F2","ranking":[{"child":"C1","score":50}]}]}
            """);

        Assert.Equal("F1", result.Assignments["C1"]);
        Assert.Equal(0, result.FamilyOptions["H1"]);
    }

    [Fact]
    public void Siblings_get_a_listed_combination_or_nothing_never_a_partial_one()
    {
        var result = Allocate("""
            {"facilities":[{"id":"F1","capacity":{"0":1}},{"id":"F2","capacity":{"0":1,"1":1}}],
             "children":[{"id":"C1","age":0,"familyId":"H1"},{"id":"C2","age":1,"familyId":"H1"}],
             "families":[{"id":"H1","children":["C1","C2"],"preferences":[["F1","F1"],["F2","F2"]]}],
             "priorities":[]}
            """);

        Assert.Equal("F2", result.Assignments["C1"]);
        Assert.Equal("F2", result.Assignments["C2"]);
        Assert.Equal(1, result.FamilyOptions["H1"]);
    }

    [Fact]
    public void Equal_scores_are_decided_by_the_ranking_order()
    {
        var result = Allocate("""
            {"facilities":[{"id":"F1","capacity":{"0":1}}],
             "children":[{"id":"C1","age":0,"familyId":"H1"},{"id":"C2","age":0,"familyId":"H2"}],
             "families":[{"id":"H1","children":["C1"],"preferences":[["F1"]]},{"id":"H2","children":["C2"],"preferences":[["F1"]]}],
             "priorities":[{"facility":"F1","ranking":[{"child":"C2","score":30},{"child":"C1","score":30}]}]}
            """);

        Assert.Equal("F1", result.Assignments["C2"]);
        Assert.Null(result.Assignments["C1"]);
    }

    [Fact]
    public void A_sibling_market_without_stable_outcome_is_reported_with_its_blocking_pairs()
    {
        // H1's children rank the facilities against the single child C3 in opposite orders (the classic couples cycle).
        var result = Allocate("""
            {"facilities":[{"id":"F0","capacity":{"0":1}},{"id":"F1","capacity":{"0":1}}],
             "children":[{"id":"C0","age":0,"familyId":"H0"},{"id":"C1","age":0,"familyId":"H0"},{"id":"C2","age":0,"familyId":"H1"}],
             "families":[{"id":"H0","children":["C0","C1"],"preferences":[["F0","F1"]]},{"id":"H1","children":["C2"],"preferences":[["F0"],["F1"]]}],
             "priorities":[{"facility":"F0","ranking":[{"child":"C1","score":2},{"child":"C0","score":1},{"child":"C2","score":0}]},
                           {"facility":"F1","ranking":[{"child":"C2","score":2},{"child":"C0","score":2},{"child":"C1","score":0}]}]}
            """);

        Assert.False(result.Stable);
        Assert.False(result.StableOutcomeExists);
        Assert.Equal(ExactStatus.NoStableOutcome, result.ExactSearch);
        Assert.Single(result.BlockingPairs);
    }
}
