using CityOs.Benchmarks.Machine;

namespace CityOs.Benchmarks.Bus;

/// <summary>Snapshots this process, the machine and the broker around one run and turns them into a <see cref="BusRunResult"/>.</summary>
internal sealed class RunMeter(int? brokerPid)
{
    private readonly MachineSnapshot _before = MachineSnapshot.Take();
    private readonly double? _brokerBefore = brokerPid is { } pid ? OtherProcess.Read(pid)?.CpuSeconds : null;

    public BusRunResult Stop(DeliveryTally tally)
    {
        var after = MachineSnapshot.Take();
        var brokerAfter = brokerPid is { } pid ? OtherProcess.Read(pid)?.CpuSeconds : null;
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(_before.At, after.At).TotalSeconds;
        var (process, machine) = MachineSnapshot.CoresBetween(_before, after);
        var appUs = (after.ProcessCpu - _before.ProcessCpu).TotalMicroseconds / tally.Expected;
        double? brokerUs = _brokerBefore is { } b && brokerAfter is { } a ? Math.Round((a - b) * 1e6 / tally.Expected, 1) : null;
        return new BusRunResult(Math.Round(tally.Distinct / elapsed), tally.Lost, tally.Duplicates, Math.Round(elapsed, 2), process, machine,
            Math.Round(appUs, 1), brokerUs);
    }
}
