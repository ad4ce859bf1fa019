namespace CityOs.Contracts.Office;

public sealed record DistrictChildcareFigures
{
    public required string District { get; init; }

    public required int Facilities { get; init; }

    public required int Capacity { get; init; }

    public required int Enrolled { get; init; }

    public required int Vacancies { get; init; }

    /// <summary>Children left waiting (待機児童) by the latest allocation, counted at their first-choice facility's district.</summary>
    public required int Waiting { get; init; }
}
