namespace CityOs.Childcare.Applications;

public static class ApplicationStatus
{
    public const string Submitted = "submitted";
    public const string Placed = "placed";
    public const string PartlyPlaced = "partly-placed";
    public const string Waiting = "waiting";
    public const string Withdrawn = "withdrawn";

    /// <summary>An allocation run takes these; placed applications already hold their places.</summary>
    public static bool Allocatable(string status) => status is Submitted or Waiting;
}
