using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Tests;

public sealed class BrokerAuthorizerTests
{
    private static readonly BrokerPrincipal Gauge = new("gauge-ogori", IsService: false, ["cityos/v1/river-gauges/gauge-ogori/level"]);
    private static readonly BrokerPrincipal Service = new("cityos-sensors", IsService: true, []);

    [Theory]
    [InlineData("cityos/v1/river-gauges/gauge-ogori/level", true)]
    [InlineData("cityos/v1/river-gauges/gauge-yuda/level", false)]
    [InlineData("cityos/v1/vehicles/gauge-ogori/position", false)]
    [InlineData("cityos/v1/dead-letter/gauge-ogori", false)]
    public void Device_may_publish_only_on_its_own_topics(string topic, bool allowed)
    {
        Assert.Equal(allowed, BrokerAuthorizer.MayPublish(Gauge, topic));
    }

    [Theory]
    [InlineData("cityos/v1/dead-letter/gauge-ogori", true)]
    [InlineData("cityos/v1/river-gauges/gauge-ogori/level", false)]
    public void Service_may_publish_only_dead_letters(string topic, bool allowed)
    {
        Assert.Equal(allowed, BrokerAuthorizer.MayPublish(Service, topic));
    }

    [Fact]
    public void Only_the_service_may_subscribe_and_only_under_cityos()
    {
        Assert.True(BrokerAuthorizer.MaySubscribe(Service, "cityos/v1/river-gauges/+/level"));
        Assert.False(BrokerAuthorizer.MaySubscribe(Service, "#"));
        Assert.False(BrokerAuthorizer.MaySubscribe(Gauge, "cityos/v1/river-gauges/+/level"));
    }
}
