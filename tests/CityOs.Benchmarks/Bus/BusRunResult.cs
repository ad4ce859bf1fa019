namespace CityOs.Benchmarks.Bus;

/// <summary>
/// One path's figures: messages per second end to end (first publish to last ack), what was lost, and the CPU it
/// cost per message in this process and in the broker (the broker's share also holds whatever else used it meanwhile).
/// </summary>
public sealed record BusRunResult(
    double PerSecond, int Lost, int Duplicates, double ElapsedSeconds, double ProcessCores, double MachineCores,
    double AppCpuUsPerMessage, double? BrokerCpuUsPerMessage);
