namespace CityOs.Childcare.Allocation;

/// <summary>Input that breaks the allocation format; <see cref="Path"/> is the JSON path of the offending value.</summary>
public sealed class AllocationInputException(string path, string problem)
    : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;

    public string Problem { get; } = problem;
}
