using System.Globalization;
using System.Text;
using CityOs.Disaster.Districts;

namespace CityOs.Host.Demo;

/// <summary>
/// A made-up registry in the import CSV format: about 5% of residents, spread over districts by population.
/// Names, addresses and phones are synthetic; the mix of needs is a plausible guess, not city data.
/// </summary>
internal static class SyntheticRegistry
{
    private static readonly string[] Surnames = ["山本", "田中", "原田", "藤井", "中村", "河村", "末永", "松田", "岡本", "吉村", "西村", "村上"];
    private static readonly string[] Given = ["ハナ", "ヨシ", "タケシ", "キヨ", "マサオ", "フミ", "ミツ", "シゲル", "トシコ", "イサム"];
    private static readonly (string Needs, double Share)[] NeedMix =
    [
        ("wheelchair", 0.13), ("bedridden", 0.05), ("wheelchair;dementia", 0.03), ("visual", 0.12), ("hearing", 0.12),
        ("dementia", 0.33), ("infant-care", 0.12), ("hearing;dementia", 0.10),
    ];

    public sealed record Person(string Name, DateOnly BirthDate, string Address, string Phone, string District, string Needs, string CareLevel);

    public static IReadOnlyList<Person> Generate(IReadOnlyList<District> districts, int residents, int seed)
    {
        var random = new Random(seed);
        var target = (int)Math.Round(residents * 0.05);
        var population = districts.Sum(d => d.Population);
        var people = new List<Person>(target);
        var index = 0;
        foreach (var district in districts)
        {
            var count = (int)Math.Round((double)target * district.Population / population);
            for (var i = 0; i < count; i++, index++)
            {
                var needs = Pick(random);
                var born = new DateOnly(1925, 1, 1).AddDays(random.Next(365 * 40));
                var care = needs.Contains("bedridden", StringComparison.Ordinal) ? "care-5" : needs == "infant-care" ? "none" : $"care-{1 + random.Next(4)}";
                people.Add(new Person(
                    $"{Surnames[random.Next(Surnames.Length)]} {Given[random.Next(Given.Length)]}{index.ToString("D6", CultureInfo.InvariantCulture)}",
                    needs == "infant-care" ? new DateOnly(1990, 1, 1).AddDays(random.Next(365 * 10)) : born,
                    $"山口市{district.NameJa}{1 + random.Next(3000)}番地",
                    $"083-{900 + random.Next(99)}-{random.Next(10000):D4}",
                    district.Code, needs, care));
            }
        }

        return people;
    }

    public static string Csv(IEnumerable<Person> people)
    {
        var csv = new StringBuilder("name,birth_date,address,phone,district,needs,care_level\n");
        foreach (var p in people)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{p.Name},{p.BirthDate:yyyy-MM-dd},{p.Address},{p.Phone},{p.District},{p.Needs},{p.CareLevel}\n");
        }

        return csv.ToString();
    }

    private static string Pick(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (needs, share) in NeedMix)
        {
            roll -= share;
            if (roll < 0)
            {
                return needs;
            }
        }

        return NeedMix[^1].Needs;
    }
}
