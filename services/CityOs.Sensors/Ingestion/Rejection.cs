namespace CityOs.Sensors.Ingestion;

/// <summary>A refused payload: one of <see cref="RejectionReasons"/> and a detail naming the field, never echoing device text.</summary>
public sealed record Rejection(string Reason, string Detail);
