using CityOs.Disaster.Districts;

namespace CityOs.Disaster.Supporters;

/// <summary>Supporters per district. The seed is deterministic (simulation): about one per 55 residents, capacity 1–3, fewer in rural districts.</summary>
public sealed class SupporterRoster
{
    private readonly Dictionary<string, List<Supporter>> _byDistrict = new(StringComparer.Ordinal);

    public IReadOnlyList<Supporter> InDistrict(string district)
    {
        lock (_byDistrict)
        {
            return _byDistrict.TryGetValue(district, out var list) ? [.. list] : [];
        }
    }

    public int Count
    {
        get
        {
            lock (_byDistrict)
            {
                return _byDistrict.Values.Sum(l => l.Count);
            }
        }
    }

    public void Seed(IEnumerable<District> districts, double perResident)
    {
        lock (_byDistrict)
        {
            foreach (var district in districts)
            {
                var random = new Random(StableSeed(district.Code));
                var share = district.Terrain == "rural" ? perResident * 0.6 : perResident;
                var count = Math.Max(2, (int)Math.Round(district.Population * share));
                _byDistrict[district.Code] = [.. Enumerable.Range(1, count).Select(i => new Supporter(
                    $"sup-{district.Code}-{i:D4}", district.Code,
                    Math.Round(district.Lat + (random.NextDouble() * 2 - 1) * 0.012, 4),
                    Math.Round(district.Lon + (random.NextDouble() * 2 - 1) * 0.015, 4),
                    1 + random.Next(3)))];
            }
        }
    }

    private static int StableSeed(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
