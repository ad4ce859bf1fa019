namespace CityOs.Disaster.Supporters;

/// <summary>
/// A registered supporter (民生委員, neighbourhood disaster group member) known by a code; their contact
/// details stay with the district office. Capacity is how many people they can help at once.
/// </summary>
public sealed record Supporter(string Id, string District, double Lat, double Lon, int Capacity);
