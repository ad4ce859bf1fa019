using System.Net.Http.Json;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>Reads a domain service's JSON; every way the call can fail becomes one <see cref="SourceUnavailableException"/>.</summary>
internal static class SourceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<T> GetAsync<T>(HttpClient http, string path, string source, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetFromJsonAsync<T>(path, Options, cancellationToken) ?? throw new SourceUnavailableException(source);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or JsonException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SourceUnavailableException(source, ex);
        }
    }
}
