using System.Text.RegularExpressions;

namespace CityOs.Childcare.Applications;

/// <summary>
/// Application and run ids carry their round (<c>app-2027-04-1a2b3c4d5e6f</c>), the partition they are stored in,
/// so <c>GET /applications/{id}</c> stays a point read.
/// </summary>
public static partial class ApplicationIds
{
    private const int RandomPart = 12;

    public static bool IsValidRound(string round) => RoundPattern().IsMatch(round);

    public static string NewApplication(string round) => New("app", round);

    public static string NewRun(string round) => New("run", round);

    /// <summary>The round inside an id made by this class, or null for anything else.</summary>
    public static string? RoundOf(string id)
    {
        if (id.Length < 4 + 2 + RandomPart || id[3] != '-' || id[^(RandomPart + 1)] != '-')
        {
            return null;
        }

        var round = id[4..^(RandomPart + 1)];
        return IsValidRound(round) ? round : null;
    }

    private static string New(string prefix, string round) => $"{prefix}-{round}-{Guid.NewGuid():N}"[..(prefix.Length + round.Length + 2 + RandomPart)];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex RoundPattern();
}
