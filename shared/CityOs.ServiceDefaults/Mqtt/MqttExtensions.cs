using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CityOs.ServiceDefaults.Mqtt;

public static class MqttExtensions
{
    /// <summary>One MQTT connection per process, shared by every <see cref="IMqttMessageHandler"/>; its state is part of <c>/health</c>.</summary>
    public static IHostApplicationBuilder AddCityMqtt(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MqttOptions>().BindConfiguration(MqttOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MqttConnection>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MqttConnection>());
        builder.Services.AddHealthChecks().AddCheck<MqttHealthCheck>("mqtt", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }
}
