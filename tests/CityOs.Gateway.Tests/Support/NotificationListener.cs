using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CityOs.Gateway.Tests.Support;

/// <summary>A partner's endpoint on a free local port: records every POST, and answers 503 to the first <c>failFirst</c> of them.</summary>
public sealed class NotificationListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private NotificationListener(WebApplication app, int failFirst)
    {
        _app = app;
        _failuresLeft = failFirst;
    }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public IEnumerable<Received> Accepted => Requests.Where(r => r.Status < 300);

    public string Url { get; private set; } = "";

    public int FailuresLeft { get => Volatile.Read(ref _failuresLeft); set => Volatile.Write(ref _failuresLeft, value); }

    public static async Task<NotificationListener> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new NotificationListener(app, failFirst);
        app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var status = Interlocked.Decrement(ref listener._failuresLeft) >= 0 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status204NoContent;
            listener.Requests.Enqueue(new Received(request.Path, body, request.ContentType, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), status, DateTimeOffset.UtcNow));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        listener.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return listener;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record Received(string Path, string Body, string? ContentType, IReadOnlyDictionary<string, string> Headers, int Status, DateTimeOffset At);
}
