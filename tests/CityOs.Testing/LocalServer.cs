using System.Diagnostics;

namespace CityOs.Testing;

/// <summary>Starts and stops a real server through the same deploy/local scripts operators use.</summary>
public static class LocalServer
{
    public static async Task RunAsync(string script, params string[] args)
    {
        var path = Path.Combine(TestEnvironment.RepoRoot, "deploy", "local", script);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(path);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot run {path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
