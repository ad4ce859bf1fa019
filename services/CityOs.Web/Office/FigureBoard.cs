using CityOs.Contracts.Office;
using Microsoft.Extensions.Options;

namespace CityOs.Web.Office;

/// <summary>
/// Gathers the four domains' figures in parallel. A domain that is down leaves its part empty instead of
/// failing the whole dashboard, so the office still sees the others during an outage.
/// </summary>
public sealed class FigureBoard(IServiceProvider services, IOptions<OfficeOptions> options, TimeProvider time, ILogger<FigureBoard> logger)
{
    private readonly Dictionary<Type, (DateTimeOffset At, object Value)> _cache = [];
    private readonly Lock _lock = new();

    public async Task<OfficeOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        var unavailable = new List<string>();
        var disaster = ReadAsync<DisasterFigures>("disaster", unavailable, cancellationToken);
        var mobility = ReadAsync<MobilityFigures>("mobility", unavailable, cancellationToken);
        var childcare = ReadAsync<ChildcareFigures>("childcare", unavailable, cancellationToken);
        var consent = ReadAsync<ConsentFigures>("consent", unavailable, cancellationToken);
        await Task.WhenAll(disaster, mobility, childcare, consent);
        return new OfficeOverview
        {
            AsOf = time.GetUtcNow(),
            Disaster = await disaster,
            Mobility = await mobility,
            Childcare = await childcare,
            Consent = await consent,
            Unavailable = [.. unavailable.Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>One domain's figures, or null when it is unreachable.</summary>
    public async Task<T?> ReadAsync<T>(string domain, ICollection<string>? unavailable, CancellationToken cancellationToken) where T : class
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var keep = typeof(T) == typeof(ConsentFigures) ? options.Value.ConsentCacheDuration : options.Value.FigureCacheDuration;
            if (_cache.TryGetValue(typeof(T), out var hit) && now - hit.At < keep)
            {
                return (T)hit.Value;
            }
        }

        try
        {
            var value = await services.GetRequiredService<IFigureSource<T>>().GetAsync(cancellationToken);
            lock (_lock)
            {
                _cache[typeof(T)] = (now, value);
            }

            return value;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException or Storage.StoreUnavailableException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Office figures from {Domain} unavailable: {Reason}", domain, ex.Message);
            if (unavailable is not null)
            {
                lock (unavailable)
                {
                    unavailable.Add(domain);
                }
            }

            return null;
        }
    }
}
