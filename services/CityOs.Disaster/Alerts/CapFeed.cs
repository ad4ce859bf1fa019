using System.Globalization;
using System.Xml.Linq;
using CityOs.Disaster.Districts;

namespace CityOs.Disaster.Alerts;

/// <summary>
/// OASIS CAP 1.2 messages for the alert levels, in Japanese and English, wrapped in an Atom feed (as the
/// Japan Meteorological Agency publishes its XML): one CAP alert per entry, each valid on its own.
/// </summary>
public static class CapFeed
{
    public static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Sender = "bousai@city.yamaguchi.lg.jp";
    private const string MunicipalityCode = "35203";
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static XDocument Feed(IReadOnlyList<DisasterAlert> alerts, DistrictCatalogue districts, string status, DateTimeOffset now)
    {
        var entries = alerts.OrderByDescending(a => a.At).Select(a => new XElement(Atom + "entry",
            new XElement(Atom + "id", $"urn:uuid:{a.Id}"),
            new XElement(Atom + "title", $"{districts.Find(a.District)?.NameJa ?? a.District} 警戒レベル{a.Level}"),
            new XElement(Atom + "updated", Time(a.At)),
            new XElement(Atom + "content", new XAttribute("type", "application/cap+xml"), Alert(a, Previous(alerts, a), districts, status))));
        return new XDocument(new XElement(Atom + "feed",
            new XElement(Atom + "id", "urn:cityos:yamaguchi:disaster:alerts"),
            new XElement(Atom + "title", "山口市 避難情報 / Yamaguchi City evacuation alerts"),
            new XElement(Atom + "updated", Time(now)),
            new XElement(Atom + "author", new XElement(Atom + "name", "山口市 / Yamaguchi City")),
            entries));
    }

    public static XElement Alert(DisasterAlert alert, DisasterAlert? previous, DistrictCatalogue districts, string status)
    {
        var district = districts.Find(alert.District);
        var element = new XElement(Cap + "alert",
            new XElement(Cap + "identifier", Identifier(alert)),
            new XElement(Cap + "sender", Sender),
            new XElement(Cap + "sent", Time(alert.At)),
            new XElement(Cap + "status", status),
            new XElement(Cap + "msgType", previous is null ? "Alert" : "Update"),
            new XElement(Cap + "scope", "Public"));
        if (previous is not null)
        {
            element.Add(new XElement(Cap + "references", $"{Sender},{Identifier(previous)},{Time(previous.At)}"));
        }

        element.Add(
            Info(alert, district, "ja-JP", Words.Ja(alert.Level), $"山口市 {district?.NameJa ?? alert.District}地区"),
            Info(alert, district, "en-US", Words.En(alert.Level), $"Yamaguchi City, {district?.NameEn ?? alert.District} district"));
        return element;
    }

    private static XElement Info(DisasterAlert alert, District? district, string language, Words words, string areaDesc)
    {
        var (urgency, severity, response) = alert.Level switch
        {
            >= 5 => ("Immediate", "Extreme", "Shelter"),
            4 => ("Immediate", "Severe", "Evacuate"),
            3 => ("Expected", "Severe", "Evacuate"),
            >= 1 => ("Future", "Minor", "Monitor"),
            _ => ("Past", "Minor", "AllClear"),
        };
        var area = new XElement(Cap + "area", new XElement(Cap + "areaDesc", areaDesc));
        if (district is not null)
        {
            area.Add(new XElement(Cap + "circle", string.Create(CultureInfo.InvariantCulture, $"{district.Lat},{district.Lon} 3.0")));
        }

        area.Add(new XElement(Cap + "geocode", new XElement(Cap + "valueName", "JIS X 0402"), new XElement(Cap + "value", MunicipalityCode)));
        return new XElement(Cap + "info",
            new XElement(Cap + "language", language),
            new XElement(Cap + "category", "Met"),
            new XElement(Cap + "event", words.Event),
            new XElement(Cap + "responseType", response),
            new XElement(Cap + "urgency", urgency),
            new XElement(Cap + "severity", severity),
            new XElement(Cap + "certainty", "Observed"),
            new XElement(Cap + "eventCode", new XElement(Cap + "valueName", "JP-evacuation-alert-level"), new XElement(Cap + "value", alert.Level.ToString(CultureInfo.InvariantCulture))),
            new XElement(Cap + "effective", Time(alert.At)),
            new XElement(Cap + "senderName", words.Sender),
            new XElement(Cap + "headline", words.Event),
            new XElement(Cap + "description", words.Description(alert)),
            new XElement(Cap + "instruction", words.Instruction),
            new XElement(Cap + "web", "https://www.city.yamaguchi.lg.jp/"),
            new XElement(Cap + "parameter", new XElement(Cap + "valueName", "riverStation"), new XElement(Cap + "value", alert.StationId)),
            area);
    }

    private static DisasterAlert? Previous(IReadOnlyList<DisasterAlert> alerts, DisasterAlert alert) =>
        alerts.Where(a => a.District == alert.District && a.At <= alert.At && a.Id != alert.Id).OrderBy(a => a.At).LastOrDefault();

    private static string Identifier(DisasterAlert alert) => $"jp.yamaguchi.city.disaster.{alert.Id:N}";

    /// <summary>CAP dateTime: explicit offset, never "Z" (CAP 1.2 §3.3.2).</summary>
    private static string Time(DateTimeOffset at) => at.ToOffset(Jst).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
