using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Tests;

public sealed class DevicePasswordTests
{
    [Fact]
    public void Hash_made_by_mosquitto_passwd_verifies_so_both_brokers_share_one_format()
    {
        // `mosquitto_passwd -b -c pw dev1 secretsecret` (mosquitto 2.0.11).
        const string fromMosquitto = "$7$101$w73HKU9hGVOJD4a5$kC/Pkg+v5EzTzrq1sWMeSXnG2z3nb5WXBtsHrvIMbpmjufjmuchwqjRQs35m1OqG8reyz1xqzE1wVCFGIasrsw==";

        Assert.True(DevicePassword.Verify("secretsecret", fromMosquitto));
        Assert.False(DevicePassword.Verify("secretsecreT", fromMosquitto));
    }

    [Fact]
    public void Generated_password_verifies_against_its_hash_and_no_other_password_does()
    {
        var password = DevicePassword.Generate();
        var hash = DevicePassword.Hash(password);

        Assert.StartsWith("$7$", hash, StringComparison.Ordinal);
        Assert.True(DevicePassword.Verify(password, hash));
        Assert.False(DevicePassword.Verify(DevicePassword.Generate(), hash));
        Assert.NotEqual(hash, DevicePassword.Hash(password));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("$7$")]
    [InlineData("$7$abc$x$y")]
    [InlineData("$7$1000$not base64$!!")]
    [InlineData("$6$rounds$plain")]
    public void Missing_or_broken_hash_never_verifies(string? stored)
    {
        Assert.False(DevicePassword.Verify("anything-long-enough", stored));
    }
}
