using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CityOs.Gateway.Webhooks;

/// <summary>
/// Sends one delivery with retries and exponential backoff (Polly). Its HttpClient has no standard
/// resilience handler: this pipeline is the one that counts attempts and decides when to dead-letter.
/// </summary>
public sealed class DeliverySender
{
    public const string HttpClientName = "cityos-notifications";

    private readonly IHttpClientFactory _clients;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public DeliverySender(IHttpClientFactory clients, TimeProvider time, IOptions<NotificationOptions> options)
    {
        _clients = clients;
        _time = time;
        var o = options.Value;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.MaxRetries,
                Delay = o.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = o.RetryJitter,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => !r.IsSuccessStatusCode),
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
    }

    public async Task<DeliveryOutcome> SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var attempts = 0;
        int? lastStatus = null;
        string? lastError = null;
        var http = _clients.CreateClient(HttpClientName);
        try
        {
            using var response = await _pipeline.ExecuteAsync(async ct =>
            {
                attempts++;
                try
                {
                    var answer = await http.SendAsync(Request(delivery), ct);
                    lastStatus = (int)answer.StatusCode;
                    lastError = answer.IsSuccessStatusCode ? null : $"HTTP {(int)answer.StatusCode}";
                    return answer;
                }
                catch (HttpRequestException ex)
                {
                    lastStatus = null;
                    lastError = ex.HttpRequestError.ToString();
                    throw;
                }
            }, cancellationToken);
            return new DeliveryOutcome(response.IsSuccessStatusCode, attempts, lastStatus, lastError);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            return new DeliveryOutcome(false, attempts, lastStatus, ex is TimeoutRejectedException ? "timeout" : lastError);
        }
    }

    private HttpRequestMessage Request(Delivery delivery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, new MediaTypeHeaderValue(delivery.ContentType)),
        };
        request.Headers.Add("CityOS-Delivery", delivery.Id);
        request.Headers.Add("CityOS-Event", delivery.Event);
        if (delivery.Secret is not null)
        {
            // Signed at each attempt, so a retry late in the backoff still carries a fresh timestamp.
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(delivery.Secret, delivery.Body, _time.GetUtcNow()));
        }

        if (delivery.Link is not null)
        {
            request.Headers.Add("Link", delivery.Link);
        }

        return request;
    }
}
