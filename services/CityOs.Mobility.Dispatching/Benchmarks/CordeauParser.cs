using System.Globalization;

namespace CityOs.Mobility.Dispatching.Benchmarks;

/// <summary>Reads the Cordeau format strictly: anything unexpected is an <see cref="InstanceFormatException"/> naming file and line.</summary>
public static class CordeauParser
{
    public static CordeauInstance Parse(IReadOnlyList<string> lines, string file)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var content = lines.Select((text, index) => (Text: text.Trim(), Line: index + 1)).Where(l => l.Text.Length > 0).ToList();
        if (content.Count == 0)
        {
            throw new InstanceFormatException(file, 1, "the file is empty; expected a header 'K N T Q L'.");
        }

        var (header, headerLine) = content[0];
        var fields = Split(header);
        if (fields.Length != 5)
        {
            throw new InstanceFormatException(file, headerLine, $"expected a header of 5 values 'K N T Q L', found {fields.Length}.");
        }

        var vehicles = ParseInt(fields[0], "K (vehicles)", file, headerLine, minimum: 1);
        var nodeCount = ParseInt(fields[1], "N (nodes without the depot)", file, headerLine, minimum: 0);
        if (nodeCount % 2 != 0)
        {
            throw new InstanceFormatException(file, headerLine, $"N = {nodeCount} must be even: two nodes per request.");
        }

        var maxDuration = ParseDouble(fields[2], "T (maximum route duration)", file, headerLine);
        var capacity = ParseInt(fields[3], "Q (vehicle capacity)", file, headerLine, minimum: 0);
        var maxRide = ParseDouble(fields[4], "L (maximum ride time)", file, headerLine);
        var nodes = content.Skip(1).Select(l => ParseNode(l.Text, file, l.Line)).ToList();
        var lineOf = content.Skip(1).Select(l => l.Line).ToList();
        CheckNodes(nodes, lineOf, nodeCount, file, content[^1].Line);
        var n = nodeCount / 2;
        CheckPairs(nodes, lineOf, n, file);
        return new CordeauInstance
        {
            Name = Path.GetFileNameWithoutExtension(file),
            Vehicles = vehicles,
            MaxRouteDuration = maxDuration,
            Capacity = capacity,
            MaxRideTime = maxRide,
            Depot = nodes[0],
            EndDepot = nodes.Count > nodeCount + 1 ? nodes[nodeCount + 1] : null,
            Stops = nodes.Skip(1).Take(nodeCount).ToArray(),
        };
    }

    private static void CheckNodes(List<CordeauNode> nodes, List<int> lineOf, int nodeCount, string file, int lastLine)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Id != i)
            {
                throw new InstanceFormatException(file, lineOf[i], $"expected node id {i}, found {nodes[i].Id}.");
            }
        }

        // The end-depot line (id N+1) is optional, so N+1 or N+2 node lines are fine.
        if (nodes.Count < nodeCount + 1)
        {
            throw new InstanceFormatException(file, lastLine, $"expected {nodeCount + 1} node lines (ids 0..{nodeCount}) after the header, found {nodes.Count}.");
        }

        if (nodes.Count > nodeCount + 2)
        {
            throw new InstanceFormatException(file, lineOf[nodeCount + 2], $"unexpected line after node {nodeCount + 1} (N = {nodeCount}).");
        }
    }

    private static void CheckPairs(List<CordeauNode> nodes, List<int> lineOf, int n, string file)
    {
        for (var i = 1; i <= n; i++)
        {
            if (nodes[i].Load < 0)
            {
                throw new InstanceFormatException(file, lineOf[i], $"pick-up node {i} has a negative load {nodes[i].Load}.");
            }

            if (nodes[n + i].Load != -nodes[i].Load)
            {
                throw new InstanceFormatException(file, lineOf[n + i], $"drop-off node {n + i} has load {nodes[n + i].Load}; expected {-nodes[i].Load}, the opposite of pick-up {i}.");
            }
        }
    }

    private static CordeauNode ParseNode(string text, string file, int line)
    {
        var f = Split(text);
        if (f.Length != 7)
        {
            throw new InstanceFormatException(file, line, $"expected 7 values 'id x y service_duration load earliest latest', found {f.Length}.");
        }

        var node = new CordeauNode(
            ParseInt(f[0], "node id", file, line, minimum: 0),
            ParseDouble(f[1], "x", file, line, allowNegative: true),
            ParseDouble(f[2], "y", file, line, allowNegative: true),
            ParseDouble(f[3], "service duration", file, line),
            ParseInt(f[4], "load", file, line, minimum: int.MinValue),
            ParseDouble(f[5], "earliest time", file, line),
            ParseDouble(f[6], "latest time", file, line));
        if (node.Earliest > node.Latest)
        {
            throw new InstanceFormatException(file, line, $"node {node.Id} has an empty time window [{f[5]}, {f[6]}].");
        }

        return node;
    }

    private static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static int ParseInt(string text, string what, string file, int line, int minimum)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new InstanceFormatException(file, line, $"{what} '{text}' is not an integer.");
        }

        return value >= minimum ? value : throw new InstanceFormatException(file, line, $"{what} is {value}; it must be at least {minimum}.");
    }

    private static double ParseDouble(string text, string what, string file, int line, bool allowNegative = false)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new InstanceFormatException(file, line, $"{what} '{text}' is not a number.");
        }

        return allowNegative || value >= 0 ? value : throw new InstanceFormatException(file, line, $"{what} is {text}; it must not be negative.");
    }
}
