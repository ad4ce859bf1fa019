using CityOs.Disaster.Registry;

namespace CityOs.Disaster.Tests;

public sealed class RegistryCsvTests
{
    private static readonly IReadOnlySet<string> Districts = new HashSet<string> { "odono", "ato" };
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static RegistryCsv.Result Parse(string csv) => RegistryCsv.Parse(new StringReader(csv), Districts, Today, "staff-1");

    [Fact]
    public void Good_rows_are_read_with_needs_and_care_level()
    {
        var result = Parse("""
            name,birth_date,address,phone,district,needs,care_level
            原田 ハナ,1945-04-01,山口市阿東徳佐中3001,083-956-1234,ato,wheelchair;dementia,care-3
            "田中, ヨシ",1940-08-15,"山口市大殿1-1",,odono,visual,
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(["wheelchair", "dementia"], result.Rows[0].Applicant.Needs);
        Assert.Equal("田中, ヨシ", result.Rows[1].Applicant.Name);
        Assert.Equal("none", result.Rows[1].Applicant.CareLevel);
        Assert.Null(result.Rows[1].Applicant.Phone);
    }

    [Theory]
    [InlineData(",1945-04-01,山口市1,083-1111-2222,ato,wheelchair,care-1", "name")]
    [InlineData("A,1945-13-01,山口市1,083-1111-2222,ato,wheelchair,care-1", "birth_date")]
    [InlineData("A,2030-01-01,山口市1,083-1111-2222,ato,wheelchair,care-1", "birth_date")]
    [InlineData("A,1945-04-01,,083-1111-2222,ato,wheelchair,care-1", "address")]
    [InlineData("A,1945-04-01,山口市1,call me,ato,wheelchair,care-1", "phone")]
    [InlineData("A,1945-04-01,山口市1,083-1111-2222,tokyo,wheelchair,care-1", "district")]
    [InlineData("A,1945-04-01,山口市1,083-1111-2222,ato,flying,care-1", "needs")]
    [InlineData("A,1945-04-01,山口市1,083-1111-2222,ato,,care-1", "needs")]
    [InlineData("A,1945-04-01,山口市1,083-1111-2222,ato,wheelchair,care-9", "care_level")]
    [InlineData("A,1945-04-01,山口市1,083-1111-2222,ato,wheelchair", "row")]
    [InlineData("\"A,1945-04-01,山口市1,083-1111-2222,ato,wheelchair,care-1", "row")]
    public void A_malformed_row_is_refused_whole_with_its_line_number_and_the_good_rows_still_go_through(string bad, string field)
    {
        var result = Parse($"""
            name,birth_date,address,phone,district,needs,care_level
            原田 ハナ,1945-04-01,山口市阿東1,083-956-1234,ato,wheelchair,care-3
            {bad}
            藤井 タケシ,1954-11-20,山口市大殿2,,odono,hearing,none
            """);

        Assert.Equal([2, 4], result.Rows.Select(r => r.Line));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.DoesNotContain("A,", problem.Reason);
    }

    [Fact]
    public void The_same_person_twice_in_one_file_is_refused_on_the_second_line()
    {
        var result = Parse("""
            name,birth_date,address,phone,district,needs,care_level
            原田 ハナ,1945-04-01,山口市阿東1,,ato,wheelchair,care-3
            原田 ハナ,1945-04-01,山口市阿東1,,ato,wheelchair,care-3
            """);

        Assert.Single(result.Rows);
        Assert.Equal((3, "row"), (result.Problems.Single().Line, result.Problems.Single().Field));
    }

    [Fact]
    public void A_file_without_the_required_columns_imports_nothing()
    {
        var result = Parse("""
            name,address
            原田 ハナ,山口市阿東1
            """);

        Assert.Empty(result.Rows);
        Assert.Equal("header", result.Problems.Single().Field);
    }
}
