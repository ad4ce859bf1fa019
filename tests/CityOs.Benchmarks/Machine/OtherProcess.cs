using System.Globalization;

namespace CityOs.Benchmarks.Machine;

/// <summary>CPU time and resident memory of another process (a broker) read from /proc, without touching it.</summary>
public static class OtherProcess
{
    private const double TicksPerSecond = 100.0;

    /// <summary>User + system CPU seconds and resident MiB; null when the process is gone or unreadable.</summary>
    public static (double CpuSeconds, double RssMiB)? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15, rss 24.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var cpu = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            var rss = long.Parse(fields[21], CultureInfo.InvariantCulture) * Environment.SystemPageSize / 1024.0 / 1024.0;
            return (cpu, Math.Round(rss, 1));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The process listening on a local TCP port, found through /proc/net/tcp and the fds in /proc/*/fd.</summary>
    public static int? ListeningOn(int port)
    {
        var hexPort = port.ToString("X4", CultureInfo.InvariantCulture);
        var inode = File.ReadLines("/proc/net/tcp").Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[1].EndsWith(":" + hexPort, StringComparison.Ordinal) && f[3] == "0A").Select(f => f[9]).FirstOrDefault();
        if (inode is null)
        {
            return null;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                if (Directory.EnumerateFileSystemEntries(Path.Combine(dir, "fd")).Any(fd => new FileInfo(fd).LinkTarget == $"socket:[{inode}]"))
                {
                    return pid;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        return null;
    }
}
