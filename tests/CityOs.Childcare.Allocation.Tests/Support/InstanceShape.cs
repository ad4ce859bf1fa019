namespace CityOs.Childcare.Allocation.Tests;

/// <summary>Parameters of a random instance; printed by FsCheck on failure so that a case can be rebuilt.</summary>
public sealed record InstanceShape(
    int Seed, int Facilities, int Children, int MaxCapacity, int MaxOptions, int SiblingPercent, int TransferPercent, int ScoreRange);
