using CityOs.Mobility.Tests.Support;
using CityOs.ServiceDefaults.Security;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CityOs.Mobility.Tests;

/// <summary>
/// The Mobility service alone on the in-memory bus with its own SQLite file, a clock the test sets, and
/// real tokens from the shared Gateway for staff and partner endpoints.
/// </summary>
public sealed class MobilityHost : IAsyncDisposable
{
    private readonly ServiceFactory<MobilityEntryPoint> _service;
    private readonly WebApplicationFactory<MobilityEntryPoint> _app;

    public MobilityHost(ITestOutputHelper output, bool seed = true, DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.FromHours(9)));
        _service = new ServiceFactory<MobilityEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Mobility:GtfsSeedFolder"] = seed ? SampleFeed.Folder : null,
        }.Concat(SharedGateway.AuthoritySettings).Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), output);
        _app = _service.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        Http = _app.CreateClient();
        Staff = StaffHttp();
    }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    /// <summary>Demo staff: booking, reading and cancelling rides for a pseudonym the caller names is staff work.</summary>
    public HttpClient Staff { get; }

    public IServiceProvider Services => _app.Services;

    public IEnumerable<string> LogLines => _service.LogLines;

    /// <summary>Signed in as demo staff with a real token from the shared Gateway.</summary>
    public HttpClient StaffHttp() => SignedIn(() => SharedGateway.StaffTokenAsync(DemoAccounts.Staff));

    /// <summary>Signed in as a demo partner (client credentials) with the ride-booking scope.</summary>
    public HttpClient PartnerHttp() => SignedIn(() => SharedGateway.PartnerTokenAsync(DemoAccounts.Clinic, CityScopes.MobilityRides));

    public HttpClient SignedIn(Func<Task<string>> token) => _app.CreateDefaultClient(new BearerTokenHandler(token));

    public Task PublishAsync<T>(T message) where T : class => _app.Services.GetRequiredService<IBus>().Publish(message);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Staff.Dispose();
        await _service.DisposeAsync();
    }
}
