using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Hosting;

namespace CityOs.ServiceDefaults;

public static class StandaloneDefaults
{
    /// <summary>
    /// Defaults for a service run on its own (distributed topology): RabbitMQ, an external MQTT broker and
    /// its own SQLite file. They sit beneath every other configuration source, so appsettings, environment
    /// variables and the command line still override them; the all-in-one host never calls this.
    /// </summary>
    public static IHostApplicationBuilder AddStandaloneDefaults(this IHostApplicationBuilder builder, string service, int port)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq"] = "amqp://guest:guest@127.0.0.1:5672/",
            ["Mqtt:Mode"] = "External",
            ["Mqtt:Host"] = "127.0.0.1",
            ["Mqtt:Port"] = "1883",
            ["Mqtt:ClientId"] = $"cityos-{service}",
            ["Store:Provider"] = "Sqlite",
            ["Store:SqlitePath"] = $"data/run/{service}.db",
            ["urls"] = $"http://127.0.0.1:{port}",
            // The Gateway issues tokens; every other service discovers its keys here.
            ["Auth:Authority"] = "http://127.0.0.1:5086/",
        };
        ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
        return builder;
    }
}
