using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CityOs.Testing;

/// <summary>
/// Hosts one service (or the all-in-one host) with settings given as plain keys, the same keys an
/// operator sets in production. Settings go in through UseSetting so they are visible while Program registers services.
/// </summary>
public sealed class ServiceFactory<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, ITestOutputHelper? output = null)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cityos-it-").FullName;

    /// <summary>Every log line the service wrote, at every level, for tests that inspect what was logged.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:SqlitePath", Path.Combine(_dataDirectory, "store.db"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CapturingLoggerProvider(LogLines));
            if (output is not null)
            {
                logging.AddProvider(new TestOutputLoggerProvider(output));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
