using CityOs.Sensors.Admin;
using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Tests;

public sealed class MosquittoAuthFilesTests
{
    private static readonly Device WithPassword = TestDevices.Gauge with { PasswordHash = "$7$1000$c2FsdA==$aGFzaA==" };

    [Fact]
    public void Password_file_has_the_service_user_and_every_device_with_credentials_in_mosquitto_format()
    {
        var text = MosquittoAuthFiles.Passwords([WithPassword, TestDevices.Dock], "cityos-sensors", "$7$1000$x$y");

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["cityos-sensors:$7$1000$x$y", "gauge-ogori:$7$1000$c2FsdA==$aGFzaA=="], lines);
    }

    [Fact]
    public void Acl_lets_each_device_write_only_its_own_topics_and_the_service_read_all_and_write_dead_letters()
    {
        var text = MosquittoAuthFiles.Acl([WithPassword, TestDevices.Dock], "cityos-sensors");

        Assert.Contains("user cityos-sensors\ntopic read cityos/v1/#\ntopic write cityos/v1/dead-letter/#\n", text, StringComparison.Ordinal);
        Assert.Contains("user gauge-ogori\ntopic write cityos/v1/river-gauges/gauge-ogori/level\n", text, StringComparison.Ordinal);
        Assert.Contains("user dock-ogori-1\ntopic write cityos/v1/cycle-docks/dock-ogori-1/status\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pattern", text, StringComparison.Ordinal);
        Assert.DoesNotContain("topic read cityos/v1/river-gauges", text, StringComparison.Ordinal);
    }
}
