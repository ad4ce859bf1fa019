using CityOs.Sensors.Apis;
using CityOs.Sensors.Devices;
using CityOs.Sensors.Ingestion;
using CityOs.ServiceDefaults.Mqtt;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CityOs.Sensors;

public static class SensorsExtensions
{
    public static IHostApplicationBuilder AddSensorsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SensorsOptions>().BindConfiguration(SensorsOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => DistrictCodes.Load(SensorsOptions.Resolve(sp.GetRequiredService<IOptions<SensorsOptions>>().Value.DistrictsFile)));
        builder.Services.AddSingleton<DeviceRegistry>();
        builder.Services.AddSingleton<BrokerAuthorizer>();
        builder.Services.AddSingleton<DuplicateFilter>();
        builder.Services.AddSingleton<IDeadLetterSink, MqttDeadLetterSink>();
        builder.Services.AddSingleton<IMqttMessageHandler, SensorReadingHandler>();

        // Before the MQTT connection starts, so the first readings after a start find their devices registered.
        builder.Services.AddHostedService<DeviceSeeder>();
        builder.AddCityMqtt();
        return builder;
    }

    public static IEndpointRouteBuilder MapSensorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/sensors/v1").MapDeviceApi();
        return app;
    }
}
