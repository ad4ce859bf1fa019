namespace CityOs.Consent.Client.Residents;

/// <summary>Endpoint metadata set by <see cref="ResidentRoutes.MapResidentGroup"/>: the domain whose pseudonym the route resolves.</summary>
internal sealed record ResidentDomain(string Name);
