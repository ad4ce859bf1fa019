namespace CityOs.Disaster.Guidance;

internal static class Geo
{
    /// <summary>Equirectangular distance in km: exact enough within one city, and cheap in a loop over thousands.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var x = (lon2 - lon1) * Math.Cos((lat1 + lat2) * Math.PI / 360);
        var y = lat2 - lat1;
        return Math.Sqrt(x * x + y * y) * 111.2;
    }
}
