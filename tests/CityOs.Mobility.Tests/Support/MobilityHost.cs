using CityOs.Mobility.Tests.Support;
using MassTransit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CityOs.Mobility.Tests;

/// <summary>
/// The Mobility service alone on the in-memory bus with its own SQLite file, a clock the test sets, and
/// a stand-in sign-in so staff endpoints can be called.
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
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), output);
        _app = _service.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication(o => o.DefaultScheme = TestStaffSignIn.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestStaffSignIn>(TestStaffSignIn.SchemeName, null);
        }));
        Http = _app.CreateClient();
    }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public IEnumerable<string> LogLines => _service.LogLines;

    public HttpClient StaffHttp()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(TestStaffSignIn.Header, "staff");
        return client;
    }

    public Task PublishAsync<T>(T message) where T : class => _app.Services.GetRequiredService<IBus>().Publish(message);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _service.DisposeAsync();
    }
}
