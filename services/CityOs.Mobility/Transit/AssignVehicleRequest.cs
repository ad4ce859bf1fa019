namespace CityOs.Mobility.Transit;

public sealed record AssignVehicleRequest(string TripId, DateOnly? ServiceDate);
