namespace CityOs.Benchmarks;

/// <summary>Bad benchmark input (unknown file, unparsable instance): printed as a clear error, exit code 2.</summary>
public sealed class BenchmarkInputException(string message, Exception? inner = null) : Exception(message, inner);
