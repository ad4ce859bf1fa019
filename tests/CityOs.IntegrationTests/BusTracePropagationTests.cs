using System.Collections.Concurrent;
using System.Diagnostics;
using CityOs.Consent;
using CityOs.Contracts.Consent;
using CityOs.Disaster;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.IntegrationTests;

/// <summary>
/// The production wire format (raw JSON, MassTransit's headers as transport headers) still carries what the envelope
/// carried: a request reaches Consent in another host over RabbitMQ inside the caller's trace, and the answer finds its way back.
/// </summary>
public sealed class BusTracePropagationTests(ITestOutputHelper output)
{
    private static readonly ActivitySource Source = new("CityOs.IntegrationTests.Trace");

    [Fact]
    public async Task Trace_id_and_request_response_cross_rabbitmq_between_hosts_with_the_raw_json_serializer()
    {
        var consumed = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "MassTransit" || s == Source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer)
                {
                    consumed.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var prefix = TestEnvironment.UniqueName("trace");
        var bus = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq"] = TestEnvironment.RabbitMq,
            ["Bus:QueuePrefix"] = prefix,
        };
        await using var consent = new ServiceFactory<ConsentEntryPoint>(bus, output);
        await using var disaster = new ServiceFactory<DisasterEntryPoint>(bus, output);
        using var consentHttp = consent.CreateClient();
        using var disasterHttp = disaster.CreateClient();
        await RiverLevelPathTests.WaitHealthyAsync(consentHttp);
        await RiverLevelPathTests.WaitHealthyAsync(disasterHttp);

        var contentTypes = new ConcurrentQueue<string?>();
        using var observer = consent.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(new ContentTypeObserver<RequestLink>(contentTypes));

        var request = new RequestLink
        {
            RequestId = Guid.NewGuid(),
            RequesterDomain = "disaster",
            RequesterPseudonym = prefix + "-nobody",
            TargetDomain = "mobility",
            Categories = ["mobility-needs.wheelchair"],
            PurposeId = "evacuation-ride",
        };
        Response<LinkDecided> answer;
        ActivityTraceId traceId;
        using (var root = Source.StartActivity("trace-test", ActivityKind.Internal) ?? throw new InvalidOperationException("The listener did not sample the root."))
        {
            traceId = root.TraceId;
            answer = await disaster.Services.GetRequiredService<IRequestClient<RequestLink>>().GetResponse<LinkDecided>(request);
        }

        Assert.Equal(request.RequestId, answer.Message.RequestId);
        Assert.False(answer.Message.Allowed);
        Assert.Equal("application/json", Assert.Single(contentTypes));

        // Consent's consume span, in another host reached only through RabbitMQ, belongs to the caller's trace.
        var inConsent = await Eventually.Until(() => Task.FromResult(consumed.FirstOrDefault(a => a.DisplayName.Contains(nameof(RequestLink), StringComparison.Ordinal))),
            TimeSpan.FromSeconds(10), "Consent's consume activity");
        Assert.Equal(traceId, inConsent.TraceId);
        Assert.NotEqual(default, inConsent.ParentSpanId);
    }

    private sealed class ContentTypeObserver<T>(ConcurrentQueue<string?> seen) : IConsumeMessageObserver<T> where T : class
    {
        public Task PreConsume(ConsumeContext<T> context)
        {
            seen.Enqueue(context.ReceiveContext.ContentType?.MediaType);
            return Task.CompletedTask;
        }

        public Task PostConsume(ConsumeContext<T> context) => Task.CompletedTask;

        public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
    }
}
