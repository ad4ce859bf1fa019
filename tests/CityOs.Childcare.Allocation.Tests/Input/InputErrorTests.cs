namespace CityOs.Childcare.Allocation.Tests;

public class InputErrorTests
{
    private const string Valid = """
        {"facilities":[{"id":"F1","capacity":{"0":1,"1":2}},{"id":"F2","capacity":{"0":0}}],
         "children":[{"id":"C1","age":0,"familyId":"H1","currentFacility":null},
                     {"id":"C2","age":1,"familyId":"H1","currentFacility":"F2"},
                     {"id":"C3","age":0,"familyId":"H2"}],
         "families":[{"id":"H1","children":["C1","C2"],"preferences":[["F1","F1"],[null,"F1"]]},
                     {"id":"H2","children":["C3"],"preferences":[["F2"],["F1"]]}],
         "priorities":[{"facility":"F1","ranking":[{"child":"C1","score":58},{"child":"C3","score":55}]}]}
        """;

    [Fact]
    public void Valid_input_is_read_with_missing_age_classes_as_zero_places()
    {
        var instance = AllocationInputReader.Parse(Valid);

        Assert.Equal([1, 2, 0, 0, 0, 0], instance.Facilities[0].Capacity);
        Assert.Null(instance.Children[2].CurrentFacility);
        Assert.Equal("F1", instance.Families[0].Preferences[1][1]);
    }

    [Theory]
    [InlineData("\"preferences\":[[\"F2\"],[\"F1\"]]", "\"preferences\":[[\"F2\"],[\"F9\"]]", "$.families[1].preferences[1][0]: unknown facility \"F9\"")]
    [InlineData("[null,\"F1\"]", "[null]", "$.families[0].preferences[1]: expected 2 entries (one per child), got 1")]
    [InlineData("{\"id\":\"F2\"", "{\"id\":\"F1\"", "$.facilities[1].id: duplicate facility id \"F1\"")]
    [InlineData("{\"id\":\"C3\"", "{\"id\":\"C2\"", "$.children[2].id: duplicate child id \"C2\"")]
    [InlineData("\"age\":1", "\"age\":6", "$.children[1].age: age must be 0 to 5, got 6")]
    [InlineData("\"age\":1", "\"age\":\"1\"", "$.children[1].age: expected an integer, got the string \"1\"")]
    [InlineData("\"1\":2", "\"1\":-2", "$.facilities[0].capacity[\"1\"]: capacity must not be negative, got -2")]
    [InlineData("\"1\":2", "\"7\":2", "$.facilities[0].capacity[\"7\"]: unknown age class \"7\" (expected \"0\" to \"5\")")]
    [InlineData("\"age\":0,\"familyId\":\"H2\"", "\"familyId\":\"H2\"", "$.children[2].age: missing required field")]
    [InlineData("\"familyId\":\"H2\"", "\"familyId\":\"H9\"", "$.children[2].familyId: unknown family \"H9\"")]
    [InlineData("\"currentFacility\":\"F2\"", "\"currentFacility\":\"F7\"", "$.children[1].currentFacility: unknown facility \"F7\"")]
    [InlineData("\"children\":[\"C3\"]", "\"children\":[\"C2\"]", "$.families[1].children[0]: child \"C2\" is already listed in family \"H1\"")]
    [InlineData("\"children\":[\"C3\"]", "\"children\":[\"C8\"]", "$.families[1].children[0]: unknown child \"C8\"")]
    [InlineData("{\"id\":\"H2\"", "{\"id\":\"H1\"", "$.families[1].id: duplicate family id \"H1\"")]
    [InlineData("{\"child\":\"C3\",\"score\":55}", "{\"child\":\"C9\",\"score\":55}", "$.priorities[0].ranking[1].child: unknown child \"C9\"")]
    [InlineData("{\"child\":\"C3\",\"score\":55}", "{\"child\":\"C1\",\"score\":55}", "$.priorities[0].ranking[1].child: child \"C1\" is ranked twice")]
    [InlineData("{\"child\":\"C3\",\"score\":55}", "{\"child\":\"C3\"}", "$.priorities[0].ranking[1].score: missing required field")]
    [InlineData("\"facility\":\"F1\"", "\"facility\":\"F5\"", "$.priorities[0].facility: unknown facility \"F5\"")]
    [InlineData("\"preferences\":[[\"F2\"],[\"F1\"]]", "\"preferences\":{}", "$.families[1].preferences: expected an array, got an object")]
    public void Broken_input_is_refused_with_the_exact_path(string find, string replace, string expected)
    {
        Assert.Contains(find, Valid);
        var broken = Valid.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<AllocationInputException>(() => AllocationInputReader.Parse(broken));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void A_family_without_children_is_refused()
    {
        var broken = Valid.Replace("\"children\":[\"C3\"]", "\"children\":[]", StringComparison.Ordinal);

        var error = Assert.Throws<AllocationInputException>(() => AllocationInputReader.Parse(broken));

        Assert.Equal("$.families[1].children: a family must list at least one child", error.Message);
    }

    [Fact]
    public void A_child_its_family_does_not_list_is_refused()
    {
        var broken = Valid.Replace(
            "{\"id\":\"C3\",\"age\":0,\"familyId\":\"H2\"}",
            "{\"id\":\"C3\",\"age\":0,\"familyId\":\"H2\"},{\"id\":\"C4\",\"age\":0,\"familyId\":\"H2\"}",
            StringComparison.Ordinal);

        var error = Assert.Throws<AllocationInputException>(() => AllocationInputReader.Parse(broken));

        Assert.Equal("$.children[3].familyId: family \"H2\" does not list child \"C4\"", error.Message);
    }

    [Fact]
    public void A_child_listed_by_another_family_than_its_own_is_refused()
    {
        var broken = Valid
            .Replace("\"children\":[\"C1\",\"C2\"],\"preferences\":[[\"F1\",\"F1\"],[null,\"F1\"]]", "\"children\":[\"C1\"],\"preferences\":[]", StringComparison.Ordinal)
            .Replace("\"children\":[\"C3\"],\"preferences\":[[\"F2\"],[\"F1\"]]", "\"children\":[\"C3\",\"C2\"],\"preferences\":[]", StringComparison.Ordinal);

        var error = Assert.Throws<AllocationInputException>(() => AllocationInputReader.Parse(broken));

        Assert.Equal("$.families[1].children[1]: child \"C2\" has familyId \"H1\"", error.Message);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_line()
    {
        var error = Assert.Throws<AllocationInputException>(() => AllocationInputReader.Parse("{\"facilities\":[\n{]}"));

        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
        Assert.Contains("invalid JSON at line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_top_level_section_is_refused()
    {
        var error = Assert.Throws<AllocationInputException>(() => AllocationInputReader.Parse("""{"facilities":[],"children":[],"families":[]}"""));

        Assert.Equal("$.priorities: missing required field", error.Message);
    }
}
