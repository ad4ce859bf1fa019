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
    private const string SourceName = "CityOs.IntegrationTests.Trace";
    private static readonly ActivitySource Source = new(SourceName);

    [Fact]
    public async Task Trace_id_and_request_response_cross_rabbitmq_between_hosts_with_the_raw_json_serializer()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "MassTransit" or SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
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

        var seen = new ConcurrentQueue<(string? ContentType, ActivityTraceId? TraceId)>();
        using var observer = consent.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(new ArrivalObserver<RequestLink>(seen));

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
            using var scope = disaster.Services.CreateScope();
            answer = await scope.ServiceProvider.GetRequiredService<IRequestClient<RequestLink>>().GetResponse<LinkDecided>(request);
        }

        Assert.Equal(request.RequestId, answer.Message.RequestId);
        Assert.False(answer.Message.Allowed);
        var (contentType, consentTrace) = Assert.Single(seen);
        Assert.Equal("application/json", contentType);

        // Consent consumed on the RabbitMQ client's dispatch loop, started before the test's activity, so the
        // trace can only have come through the message's headers.
        Assert.Equal(traceId, consentTrace);
    }

    private sealed class ArrivalObserver<T>(ConcurrentQueue<(string?, ActivityTraceId?)> seen) : IConsumeMessageObserver<T> where T : class
    {
        public Task PreConsume(ConsumeContext<T> context)
        {
            seen.Enqueue((context.ReceiveContext.ContentType?.MediaType, Activity.Current?.TraceId));
            return Task.CompletedTask;
        }

        public Task PostConsume(ConsumeContext<T> context) => Task.CompletedTask;

        public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
    }
}
