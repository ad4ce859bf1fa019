using Microsoft.AspNetCore.Mvc.Testing;

namespace CityOs.Testing;

/// <summary>
/// A service (or the all-in-one host) on Kestrel at a free loopback port: for callers that need a real socket,
/// such as a browser, or another service discovering the Gateway's keys over HTTP.
/// </summary>
public sealed class LiveHost<TEntryPoint> : IAsyncDisposable where TEntryPoint : class
{
    private readonly ServiceFactory<TEntryPoint> _factory;

    public LiveHost(IReadOnlyDictionary<string, string?> settings, ITestOutputHelper? output = null, Func<Uri, IReadOnlyDictionary<string, string?>>? settingsForUrl = null)
    {
        var port = TestEnvironment.FreeTcpPort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var all = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in settingsForUrl?.Invoke(BaseAddress) ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = new ServiceFactory<TEntryPoint>(all, output);
        _factory.UseKestrel(port);
        _factory.StartServer();
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    public IEnumerable<string> LogLines => _factory.LogLines;

    /// <summary>A client on the real socket that neither follows redirects nor keeps cookies (tests see every hop).</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
