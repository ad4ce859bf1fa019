using MassTransit;

namespace CityOs.ServiceDefaults.Bus;

/// <summary>
/// The wire format, the largest single cost of the bus on a small machine (docs/benchmarks.md, "Bus efficiency").
/// Raw JSON carries MessageId, CorrelationId, RequestId, ResponseAddress, FaultAddress, the message types and the
/// trace context as transport headers, so request/response, fault routing and tracing work as with the envelope.
/// </summary>
internal static class BusSerialization
{
    public static void Apply(IBusFactoryConfigurator bus, BusOptions options)
    {
        if (options.Serializer == "RawJson")
        {
            // Not AnyMessageType: a consumer accepts only the types the sender declared, which keeps a request
            // client from reading a Fault as its response (or the other way round).
            bus.UseRawJsonSerializer(RawSerializerOptions.AddTransportHeaders | RawSerializerOptions.CopyHeaders, isDefault: true);
        }

        // The envelope deserializer stays registered either way: messages already queued, and services not yet switched, still read.
    }
}
