using CityOs.Sensors.Ingestion;
using CityOs.ServiceDefaults.Mqtt;

namespace CityOs.Sensors;

public static class SensorsExtensions
{
    public static IHostApplicationBuilder AddSensorsServices(this IHostApplicationBuilder builder)
    {
        builder.AddCityMqtt();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IMqttMessageHandler, RiverGaugeHandler>();
        return builder;
    }
}
