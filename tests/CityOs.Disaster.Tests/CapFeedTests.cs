using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Tests.Support;

namespace CityOs.Disaster.Tests;

public sealed class CapFeedTests(ITestOutputHelper output)
{
    private static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";

    [Fact]
    public async Task Every_alert_in_the_feed_is_valid_CAP_1_2_with_a_Japanese_and_an_English_info()
    {
        await using var city = new DisasterCity(output);
        await city.RaiseAsync("odono", 3);
        await city.RaiseAsync("odono", 4);
        await city.RaiseAsync("ato", 5);

        var response = await city.Public.GetAsync("/api/disaster/v1/alerts.cap");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var alerts = feed.Descendants(Cap + "alert").ToList();

        Assert.Equal(3, alerts.Count);
        foreach (var alert in alerts)
        {
            Validate(alert);
            Assert.Equal(["ja-JP", "en-US"], alert.Elements(Cap + "info").Select(i => i.Element(Cap + "language")!.Value));
        }

        var odono = alerts.Where(a => a.Descendants(Cap + "areaDesc").First().Value.Contains("大殿", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Update", "Alert"], odono.Select(a => a.Element(Cap + "msgType")!.Value));
        Assert.Contains(alerts, a => a.Descendants(Cap + "event").Any(e => e.Value == "警戒レベル5 緊急安全確保"));
    }

    [Fact]
    public async Task A_single_alert_is_served_as_cap_xml_and_validates()
    {
        await using var city = new DisasterCity(output);
        await city.RaiseAsync("yuda", 3);
        var id = city.Get<AlertBoard>().Alerts().Single().Id;

        var response = await city.Public.GetAsync($"/api/disaster/v1/alerts/{id}.cap");

        Assert.Equal("application/cap+xml", response.Content.Headers.ContentType?.MediaType);
        Validate(XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await city.Public.GetAsync($"/api/disaster/v1/alerts/{Guid.NewGuid()}.cap")).StatusCode);
    }

    [Fact]
    public void The_schema_rejects_an_alert_with_elements_out_of_order()
    {
        var alert = new XElement(Cap + "alert",
            new XElement(Cap + "sender", "x"),
            new XElement(Cap + "identifier", "y"),
            new XElement(Cap + "sent", "2026-11-26T10:00:00+09:00"),
            new XElement(Cap + "status", "Actual"),
            new XElement(Cap + "msgType", "Alert"),
            new XElement(Cap + "scope", "Public"));

        Assert.Throws<XmlSchemaValidationException>(() => Validate(alert));
    }

    private static void Validate(XElement alert)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("urn:oasis:names:tc:emergency:cap:1.2", Path.Combine(AppContext.BaseDirectory, "cap-1.2.xsd"));
        new XDocument(new XElement(alert)).Validate(schemas, (_, e) => throw e.Exception);
    }
}
