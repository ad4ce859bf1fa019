using System.Diagnostics;
using System.Globalization;
using CityOs.Testing.Identity;

namespace CityOs.IntegrationTests;

/// <summary>
/// The distributed topology as operators start it: deploy/local/topology.sh with a name and a port offset of its
/// own, every service a real process (`dotnet CityOs.X.dll`, built with this test project), its own RabbitMQ,
/// mosquitto and store. Faults are real too: kill -9 of a service or of the broker's Erlang VM.
/// </summary>
public sealed class Topology(string name, int offset, string store, ITestOutputHelper output, IReadOnlyDictionary<string, string>? settings = null) : IAsyncDisposable
{
    private static readonly Dictionary<string, int> BasePorts = new(StringComparer.Ordinal)
    {
        ["consent"] = 5081, ["disaster"] = 5082, ["mobility"] = 5083, ["childcare"] = 5084, ["sensors"] = 5085, ["gateway"] = 5086, ["web"] = 5087,
    };

    public string Name => name;

    public int RabbitPort => 5672 + offset;

    public int MqttPort => 1883 + offset;

    public int CosmosPort => 8081 + offset;

    public string State => Path.Combine(TestEnvironment.RepoRoot, ".run", "topology", name);

    public Uri Url(string service) => new($"http://127.0.0.1:{BasePorts[service] + offset}");

    public HttpClient Client(string service) => new() { BaseAddress = Url(service), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A client of <paramref name="service"/> signed in as a counter clerk at this topology's own Gateway.</summary>
    public HttpClient CounterClient(string service) => SignedInClient(service, DemoAccounts.Counter);

    /// <summary>Another counter clerk: records the first clerk's proxy relationships, since nobody may record their own.</summary>
    public HttpClient ColleagueClient(string service) => SignedInClient(service, DemoAccounts.SecondCounter);

    /// <summary>A client of <paramref name="service"/> signed in as the disaster desk (role staff) at this topology's own Gateway.</summary>
    public HttpClient StaffClient(string service) => SignedInClient(service, DemoAccounts.Staff);

    private HttpClient SignedInClient(string service, (string UserName, string Password) account)
    {
        var token = new Lazy<Task<string>>(async () =>
        {
            using var gateway = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Url("gateway"), Timeout = TimeSpan.FromSeconds(30) };
            return await CityTokens.StaffAsync(gateway, account);
        });
        return new HttpClient(new BearerTokenHandler(() => token.Value) { InnerHandler = new HttpClientHandler() }) { BaseAddress = Url(service), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string SqlitePath(string service) => Path.Combine(State, "data", service + ".db");

    /// <summary>Starts what is not running (all when fresh); returns when every named service answers /health 200.</summary>
    public Task StartAsync(string services, bool fresh = false) =>
        RunAsync("topology.sh", ["start", "--name", name, "--offset", Offset, "--store", store, "--no-build", "--services", services, .. fresh ? new[] { "--fresh" } : []]);

    public Task KillAsync(string services) => RunAsync("topology.sh", "kill", "--name", name, "--services", services);

    public Task StopAsync() => RunAsync("topology.sh", "stop", "--name", name);

    /// <summary>kill -9 of the broker's Erlang VM: no clean shutdown, nothing flushed but what RabbitMQ already fsynced.</summary>
    public void KillRabbitMq()
    {
        var pidFile = Path.Combine(Environment.GetEnvironmentVariable("CITYOS_RABBITMQ_STATE") ?? "/var/lib/rabbitmq/cityos", name, "rabbitmq.pid");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        using var beam = Process.GetProcessById(pid);
        beam.Kill();
        beam.WaitForExit(TimeSpan.FromSeconds(30));
        output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] RabbitMQ node {name} killed (pid {pid})");
    }

    public Task StartRabbitMqAsync() => RunAsync("rabbitmq.sh", "start", "--name", name, "--port", RabbitPort.ToString(CultureInfo.InvariantCulture));

    /// <summary>Messages left in every queue of this node whose name matches, e.g. "_error".</summary>
    public async Task<IReadOnlyDictionary<string, long>> QueuesAsync()
    {
        var listing = await RunAsync("rabbitmq.sh", "ctl", "--name", name, "--", "list_queues", "-q", "--no-table-headers", "name", "messages");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t', ' '))
            .Where(parts => parts.Length >= 2 && long.TryParse(parts[^1], out _))
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[^1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException ex)
        {
            output.WriteLine($"stopping the topology failed: {ex.Message}");
        }
    }

    private string Offset => offset.ToString(CultureInfo.InvariantCulture);

    private Task<string> RunAsync(string script, params string[] args) => RunScriptAsync(script, args, output, settings);

    /// <summary>Runs a deploy/local script with the build configuration of this test run, so the dlls it starts are the ones just built.</summary>
    internal static async Task<string> RunScriptAsync(string script, IReadOnlyList<string> args, ITestOutputHelper output, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestEnvironment.RepoRoot, "deploy", "local", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Settings as environment variables (Section__Key): topology.sh hands its environment to every service it starts.
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["TOPOLOGY_CONFIGURATION"] = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot run {script}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var err = await stderr;
        output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] {script} {string.Join(' ', args)} -> {process.ExitCode} in {clock.Elapsed.TotalSeconds:0.0} s\n{err.TrimEnd()}");
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await stdout}\n{err}");
        }

        return await stdout;
    }
}
