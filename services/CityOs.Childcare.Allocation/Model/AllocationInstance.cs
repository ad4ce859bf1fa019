namespace CityOs.Childcare.Allocation;

/// <summary>One allocation round (利用調整): the input of the allocator, mirroring the batch JSON format.</summary>
public sealed record AllocationInstance(
    IReadOnlyList<Facility> Facilities,
    IReadOnlyList<Child> Children,
    IReadOnlyList<Family> Families,
    IReadOnlyList<FacilityPriority> Priorities);
