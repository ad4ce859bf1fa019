using System.Diagnostics;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>Runs a deploy/local script (mosquitto.sh, rabbitmq.sh), the same ones operators and tests use.</summary>
internal static class LocalScript
{
    public static async Task RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoRoot(), "deploy", "local", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot run {script}.");
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {string.Join(' ', args)} failed: {await stderr}");
        }
    }

    private static string RepoRoot()
    {
        if (Environment.GetEnvironmentVariable("CITYOS_REPO_ROOT") is { Length: > 0 } root)
        {
            return root;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityOs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new BenchmarkInputException("run from the repository (or set CITYOS_REPO_ROOT): deploy/local scripts are needed.");
    }
}
