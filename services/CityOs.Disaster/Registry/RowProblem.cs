namespace CityOs.Disaster.Registry;

/// <summary>Why one CSV line was refused. Names the line and field, never the value (it may be personal).</summary>
public sealed record RowProblem(int Line, string Field, string Reason);
