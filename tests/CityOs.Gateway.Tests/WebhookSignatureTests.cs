using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CityOs.Gateway.Webhooks;

namespace CityOs.Gateway.Tests;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_0123456789abcdef";
    private const string Body = """{"id":"d1","event":"shelter.occupancy","data":[]}""";

    [Fact]
    public void Signature_is_hmac_sha256_of_timestamp_dot_body_as_a_partner_recomputes_it()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000);

        var header = WebhookSignature.Sign(Secret, Body, at);

        // What a partner writes in any language: HMAC-SHA256(secret, "<t>.<body>") in lower-case hex.
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("1764000000." + Body)));
        Assert.Equal($"t=1764000000,v1={expected}", header);
        Assert.True(WebhookSignature.Verify(Secret, header, Body, at.AddMinutes(1), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Tampered_body_wrong_secret_and_stale_timestamp_fail_verification()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000);
        var header = WebhookSignature.Sign(Secret, Body, at);

        Assert.False(WebhookSignature.Verify(Secret, header, Body.Replace("[]", "[1]", StringComparison.Ordinal), at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_other", header, Body, at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, header, Body, at.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, "v1=" + header.Split("v1=")[1], Body, at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, header.Replace("t=1764000000", "t=" + (1_764_000_001).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), Body, at, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Secrets_are_random_and_long()
    {
        var a = WebhookSignature.NewSecret();
        Assert.StartsWith("whsec_", a);
        Assert.Equal(6 + 64, a.Length);
        Assert.NotEqual(a, WebhookSignature.NewSecret());
    }
}
