namespace CityOs.Web.Districts;

/// <summary>One of the city's 21 districts as data/districts.csv gives it: a code, names, a rough centre and the 2020 population.</summary>
public sealed record CityDistrict(string Code, string NameJa, string NameEn, double Lat, double Lon, string Terrain, int Population);
