namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>Collects every error of a feed, so that a publisher fixes them in one round rather than one per upload.</summary>
public sealed class GtfsIssues
{
    /// <summary>Past this many, a broken feed only adds noise: the count still grows so the report can say how many were left out.</summary>
    public const int MaxListed = 200;

    private readonly List<GtfsError> _errors = [];

    public IReadOnlyList<GtfsError> Errors => _errors;

    public int Count { get; private set; }

    public bool Any => Count > 0;

    public void Add(string file, int? line, string message)
    {
        Count++;
        if (_errors.Count < MaxListed)
        {
            _errors.Add(new GtfsError(file, line, message));
        }
    }
}
