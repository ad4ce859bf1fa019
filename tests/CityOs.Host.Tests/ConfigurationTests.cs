using Microsoft.Extensions.Options;
using CityOs.Host;

namespace CityOs.Host.Tests;

public sealed class ConfigurationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Bus:Transport", "Kafka", "Bus:Transport")]
    [InlineData("Mqtt:Mode", "Cloud", "Mqtt:Mode")]
    [InlineData("Mqtt:Port", "70000", "Mqtt:Port")]
    [InlineData("Store:Provider", "Oracle", "Store:Provider")]
    [InlineData("Store:Provider", "Cosmos", "Store:CosmosEndpoint")]
    [InlineData("Bus:QueuePrefix", "Bad Prefix!", "Bus:QueuePrefix")]
    public void Invalid_setting_stops_start_up_with_a_message_naming_the_key(string key, string value, string named)
    {
        using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [key] = value,
        }, output);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        var messages = Flatten(error).Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Rabbitmq_transport_without_a_valid_uri_stops_start_up_naming_the_key()
    {
        using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq"] = "not a uri",
            ["Demo:SimulateSensors"] = "false",
        }, output);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => host.CreateClient());
        Assert.Contains("Bus:RabbitMq", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
