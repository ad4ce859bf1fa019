using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

internal static class AgencyFile
{
    public static GtfsKeyed<TransitAgency> Read(GtfsTable table, GtfsTable? agencyJp, GtfsTranslations translations, GtfsIssues issues)
    {
        var agencies = new GtfsKeyed<TransitAgency>(table.FileName, "agency_id");
        if (!table.RequireColumns(issues, "agency_name", "agency_url", "agency_timezone"))
        {
            return agencies;
        }

        foreach (var r in table.Records)
        {
            var id = r["agency_id"];
            var name = r.Required("agency_name", issues);
            var timezone = r.Required("agency_timezone", issues);
            if (timezone.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(timezone, out _))
            {
                issues.Add(table.FileName, r.Line, $"agency_timezone '{timezone}' is not a known IANA time zone");
            }

            agencies.Add(id, new TransitAgency
            {
                AgencyId = id,
                Name = name,
                NameEn = translations.Find("agency", "agency_name", "en", id, name),
                Url = r.Required("agency_url", issues),
                Timezone = timezone,
                Phone = r.Optional("agency_phone"),
            }, r, issues);
        }

        if (agencies.Count == 0)
        {
            issues.Add(table.FileName, null, "at least one agency is required");
        }
        else if (agencies.Count > 1 && agencies.Values.Any(a => a.AgencyId.Length == 0))
        {
            issues.Add(table.FileName, null, "agency_id is required when the feed has more than one agency");
        }

        if (agencies.Values.Select(a => a.Timezone).Distinct().Count() > 1)
        {
            issues.Add(table.FileName, null, "all agencies must share one agency_timezone");
        }

        foreach (var r in agencyJp?.Records ?? [])
        {
            var id = r["agency_id"];
            if (agencies.TryGet(id, out var agency))
            {
                agencies.Replace(id, agency with { OfficialName = r.Optional("agency_official_name") });
            }
            else
            {
                issues.Add(r.FileName, r.Line, $"agency_id '{id}' does not exist in agency.txt");
            }
        }

        return agencies;
    }
}
