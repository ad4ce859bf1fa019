using System.Globalization;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Rides;

/// <summary>The city's districts: which district a place belongs to and whether the taxis serve it at all.</summary>
public sealed class ServiceArea
{
    // The city's bounding box with a margin; anything outside is certainly not Yamaguchi City.
    private const double South = 33.95, North = 34.45, West = 131.30, East = 131.75;
    private readonly double _maxKm;

    public ServiceArea(IOptions<RideOptions> options)
    {
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.DistrictsFile);
        Districts = [.. File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(Parse)];
        _maxKm = options.Value.MaxKmFromDistrictCentre;
    }

    public IReadOnlyList<District> Districts { get; }

    public District? Find(string code) => Districts.FirstOrDefault(d => d.Code == code);

    public District Nearest(double lat, double lon) => Districts.MinBy(d => Geo.Km(lat, lon, d.Lat, d.Lon))!;

    public bool Contains(double lat, double lon) =>
        lat is >= South and <= North && lon is >= West and <= East && Geo.Km(lat, lon, Nearest(lat, lon).Lat, Nearest(lat, lon).Lon) <= _maxKm;

    private static District Parse(string line)
    {
        var f = line.Split(',');
        return new District(f[0], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture));
    }
}
