namespace CityOs.Disaster.Safety;

/// <summary>安否確認: what a resident, their proxy or their supporter reports.</summary>
public static class SafetyStatus
{
    public const string Safe = "safe";
    public const string NeedsHelp = "needs-help";
    public const string AtShelter = "at-shelter";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Safe, NeedsHelp, AtShelter };

    public static readonly IReadOnlySet<string> Reporters = new HashSet<string>(StringComparer.Ordinal) { "self", "proxy", "supporter", "staff" };
}
