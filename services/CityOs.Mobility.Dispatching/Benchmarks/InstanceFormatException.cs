namespace CityOs.Mobility.Dispatching.Benchmarks;

/// <summary>An instance file that does not follow the Cordeau format; the message names the file and line.</summary>
public sealed class InstanceFormatException(string file, int line, string problem)
    : FormatException($"{file}, line {line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
