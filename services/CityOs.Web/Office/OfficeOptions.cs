using System.ComponentModel.DataAnnotations;

namespace CityOs.Web.Office;

/// <summary>Where the Web service reads the domains' office figures when it runs alone (the all-in-one host reads them in-process).</summary>
public sealed class OfficeOptions
{
    public const string Section = "Office";

    [Required]
    public Uri ConsentUrl { get; set; } = new("http://127.0.0.1:5081");

    [Required]
    public Uri DisasterUrl { get; set; } = new("http://127.0.0.1:5082");

    [Required]
    public Uri MobilityUrl { get; set; } = new("http://127.0.0.1:5083");

    [Required]
    public Uri ChildcareUrl { get; set; } = new("http://127.0.0.1:5084");

    /// <summary>How often every running demonstration project records a KPI snapshot.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the dashboard reuses a domain's figures: many browsers polling must not each re-verify the ledger.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FigureCacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Consent's figures scan the identity vault and re-verify the whole ledger, and change slowly: reused longer.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ConsentCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
