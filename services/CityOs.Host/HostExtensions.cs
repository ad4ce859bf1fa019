using CityOs.Contracts.Office;
using CityOs.Disaster.Registry;
using CityOs.Host.Consent;
using CityOs.Host.Demo;
using CityOs.Host.Mqtt;
using CityOs.Host.Office;
using CityOs.Sensors.Devices;
using CityOs.ServiceDefaults.Mqtt;
using CityOs.Web.Office;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityOs.Host;

public static class HostExtensions
{
    /// <summary>Runs the MQTT broker in-process when <c>Mqtt:Mode</c> is Embedded; registered first so it listens before Sensors connects.</summary>
    public static IHostApplicationBuilder AddEmbeddedMqttBroker(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration[$"{MqttOptions.Section}:Mode"] == "Embedded")
        {
            builder.Services.AddSingleton<BrokerAccessControl>();
            builder.Services.AddHostedService<EmbeddedMqttBroker>();

            // The broker and the Sensors client live in one process: a password made at start-up and never written down serves both.
            var servicePassword = DevicePassword.Generate();
            builder.Services.PostConfigure<MqttOptions>(o => o.Password = string.IsNullOrEmpty(o.Password) ? servicePassword : o.Password);
        }

        return builder;
    }

    /// <summary>Consent and Disaster share this process: enrol through Consent's vault directly instead of over HTTP.</summary>
    public static IHostApplicationBuilder AddInProcessEnrolment(this IHostApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<IResidentEnrolment, VaultResidentEnrolment>());
        return builder;
    }

    /// <summary>Every domain shares this process: the office dashboard reads their figures directly instead of over HTTP.</summary>
    public static IHostApplicationBuilder AddInProcessOfficeFigures(this IHostApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<IFigureSource<DisasterFigures>, DisasterFigureSource>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IFigureSource<MobilityFigures>, MobilityFigureSource>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IFigureSource<ChildcareFigures>, ChildcareFigureSource>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IFigureSource<ConsentFigures>, ConsentFigureSource>());
        return builder;
    }

    public static IHostApplicationBuilder AddDemoCity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemoRunner>();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddHostedService<SensorSimulator>();
        return builder;
    }

    /// <summary>Says where to open the city once Kestrel listens, in both languages.</summary>
    public static WebApplication AnnounceUrls(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"都市OS が起動しました / CityOS is running: {url}  (健康状態 / health: {url}/health)");
            }
        });
        return app;
    }
}
