using System.Diagnostics;
using System.Globalization;

namespace CityOs.Benchmarks.Machine;

/// <summary>
/// CPU and memory of this process and of the whole machine at one moment (Linux /proc), so a benchmark can say
/// how busy the machine was around its figures and what its own run cost.
/// </summary>
public sealed record MachineSnapshot(long At, TimeSpan ProcessCpu, long MachineBusyTicks, long MachineTotalTicks, double[] Load)
{
    public static MachineSnapshot Take()
    {
        var (busy, total) = MachineTicks();
        using var self = Process.GetCurrentProcess();
        return new MachineSnapshot(Stopwatch.GetTimestamp(), self.TotalProcessorTime, busy, total, LoadAverage());
    }

    /// <summary>Cores' worth of CPU used between two snapshots: by this process, and by the whole machine.</summary>
    public static (double ProcessCores, double MachineCores) CoresBetween(MachineSnapshot from, MachineSnapshot to)
    {
        var wall = Stopwatch.GetElapsedTime(from.At, to.At).TotalSeconds;
        var process = (to.ProcessCpu - from.ProcessCpu).TotalSeconds / wall;
        var totalTicks = to.MachineTotalTicks - from.MachineTotalTicks;
        var machine = totalTicks <= 0 ? double.NaN : (double)(to.MachineBusyTicks - from.MachineBusyTicks) / totalTicks * Environment.ProcessorCount;
        return (Math.Round(process, 2), Math.Round(machine, 2));
    }

    public static double[] LoadAverage()
    {
        try
        {
            return [.. File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>This process's resident set and managed heap, and the machine's used memory, in MiB.</summary>
    public static (double ProcessRssMiB, double ManagedHeapMiB, double MachineUsedMiB, double MachineTotalMiB) Memory()
    {
        using var self = Process.GetCurrentProcess();
        var info = File.Exists("/proc/meminfo")
            ? File.ReadAllLines("/proc/meminfo").Select(l => l.Split(':', StringSplitOptions.TrimEntries))
                .ToDictionary(p => p[0], p => double.Parse(p[1].Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            : [];
        var total = info.GetValueOrDefault("MemTotal");
        var available = info.GetValueOrDefault("MemAvailable");
        return (Mib(self.WorkingSet64), Mib(GC.GetTotalMemory(false)), Math.Round(total - available), Math.Round(total));
    }

    private static double Mib(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);

    private static (long Busy, long Total) MachineTicks()
    {
        try
        {
            // cpu user nice system idle iowait irq softirq steal ...
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var total = fields.Sum();
            return (total - fields[3] - fields[4], total);
        }
        catch (IOException)
        {
            return (0, 0);
        }
    }
}
