using System.Net;
using Microsoft.Azure.Cosmos;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace CityOs.Storage;

/// <summary>
/// Retries what a later attempt can fix (throttling, a busy or unreachable gateway, timeouts) and
/// turns what is still failing into <see cref="StoreUnavailableException"/>, which APIs answer with 503.
/// While most recent calls fail, a circuit breaker answers at once instead of making every request
/// wait out its retries against a store that is down.
/// </summary>
internal sealed class CosmosResilience
{
    private readonly ResiliencePipeline _pipeline;

    public CosmosResilience(int maxRetries, TimeSpan baseDelay)
    {
        var builder = new ResiliencePipelineBuilder();
        if (maxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetries,
                Delay = baseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } ex && IsTransient(ex, args.Context.CancellationToken)),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(5),
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is { } ex && IsTransient(ex, args.Context.CancellationToken)),
        });
        _pipeline = builder.Build();
    }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await action(token), cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new StoreUnavailableException("Cosmos DB store unavailable: recent calls failed, not trying again yet.", ex);
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            throw new StoreUnavailableException($"Cosmos DB store unavailable: {ex.Message}", ex);
        }
    }

    /// <summary>A timeout of the SDK's own is transient; the caller cancelling is not.</summary>
    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        CosmosException { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout or HttpStatusCode.Gone } => true,
        HttpRequestException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException aggregate => aggregate.InnerExceptions.All(e => IsTransient(e, cancellationToken)),
        _ => ex.InnerException is { } inner && IsTransient(inner, cancellationToken),
    };
}
