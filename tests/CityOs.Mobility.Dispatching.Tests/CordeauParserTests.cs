using CityOs.Mobility.Dispatching.Benchmarks;
using CityOs.Mobility.Dispatching.Tests.Support;

namespace CityOs.Mobility.Dispatching.Tests;

public class CordeauParserTests
{
    private const string Header = "1 4 480 3 30";
    private const string Depot = "0 0 0 0 0 0 1440";

    [Fact]
    public void Benchmark_file_without_end_depot_parses()
    {
        var instance = CordeauInstance.Load(Instances.PathOf("a2-16"));

        Assert.Equal(("a2-16", 2, 16, 3, 30.0, 480.0), (instance.Name, instance.Vehicles, instance.RequestCount, instance.Capacity, instance.MaxRideTime, instance.MaxRouteDuration));
        Assert.Null(instance.EndDepot);
        Assert.Equal(new CordeauNode(9, 7.976, -9.000, 3, 1, 276, 291), instance.Stops[8]);
    }

    [Fact]
    public void End_depot_line_gives_the_return_window()
    {
        var problem = CordeauInstance.Load(Instances.PathOf("a2-20")).ToProblem();

        Assert.Equal(20, problem.Requests.Count);
        Assert.Equal(600, problem.Vehicles[0].Return.Latest);
        Assert.Equal(1440, problem.Vehicles[0].Departure.Latest);
    }

    [Fact]
    public void Requests_pair_pickup_i_with_dropoff_n_plus_i()
    {
        var problem = Parse(Header, Depot, "1 1 0 3 1 0 1440", "2 2 0 3 2 10 20", "3 3 0 3 -1 0 1440", "4 4 0 3 -2 30 40").ToProblem();

        var second = problem.Requests[1];
        Assert.Equal((2.0, 4.0, 2, 10.0, 30.0), (second.Pickup.X, second.Dropoff.X, second.Load, second.PickupWindow.Earliest, second.DropoffWindow.Earliest));
    }

    [Theory]
    [InlineData(1, "the file is empty", new string[0])]
    [InlineData(1, "expected a header of 5 values", new[] { "2 4 480 3" })]
    [InlineData(1, "must be even", new[] { "2 3 480 3 30" })]
    [InlineData(1, "K (vehicles) 'two' is not an integer", new[] { "two 4 480 3 30" })]
    [InlineData(3, "y '0,5' is not a number", new[] { Header, Depot, "1 1 0,5 3 1 0 1440" })]
    [InlineData(3, "expected 7 values", new[] { Header, Depot, "1 1 1 3 1 0" })]
    [InlineData(4, "expected node id 2, found 3", new[] { Header, Depot, "1 1 1 3 1 0 1440", "3 1 1 3 -1 0 1440" })]
    [InlineData(4, "expected 5 node lines (ids 0..4) after the header, found 3", new[] { Header, Depot, "1 1 1 3 1 0 1440", "2 1 1 3 1 0 1440" })]
    [InlineData(5, "drop-off node 3 has load 1; expected -1", new[] { Header, Depot, "1 1 1 3 1 0 1440", "2 1 1 3 1 0 1440", "3 1 1 3 1 0 1440", "4 1 1 3 -1 0 1440" })]
    [InlineData(3, "empty time window", new[] { Header, Depot, "1 1 1 3 1 50 40", "2 1 1 3 1 0 1440", "3 1 1 3 -1 0 1440", "4 1 1 3 -1 0 1440" })]
    [InlineData(8, "unexpected line after node 5", new[] { Header, Depot, "1 1 1 3 1 0 1440", "2 1 1 3 1 0 1440", "3 1 1 3 -1 0 1440", "4 1 1 3 -1 0 1440", "5 0 0 0 0 0 480", "6 0 0 0 0 0 480" })]
    public void Malformed_file_is_reported_with_file_line_and_cause(int line, string cause, string[] lines)
    {
        var error = Assert.Throws<InstanceFormatException>(() => CordeauParser.Parse(lines, "partner.txt"));

        Assert.Equal(("partner.txt", line), (error.File, error.Line));
        Assert.Contains(cause, error.Message);
        Assert.StartsWith($"partner.txt, line {line}: ", error.Message);
    }

    [Fact]
    public void Blank_lines_are_ignored_but_line_numbers_stay_true()
    {
        var error = Assert.Throws<InstanceFormatException>(() => CordeauParser.Parse([Header, "", Depot, "1 x 1 3 1 0 1440"], "f.txt"));

        Assert.Equal(4, error.Line);
    }

    private static CordeauInstance Parse(params string[] lines) => CordeauParser.Parse(lines, "test.txt");
}
