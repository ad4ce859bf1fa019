namespace CityOs.Childcare.Facilities;

/// <summary>The facilities as read once for one request or one run, so every check in it sees the same places.</summary>
public sealed class FacilitySnapshot(IEnumerable<ChildcareFacility> facilities)
{
    private readonly Dictionary<string, ChildcareFacility> _byId = facilities.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public IReadOnlyList<ChildcareFacility> All => [.. _byId.Values.OrderBy(f => f.Id, StringComparer.Ordinal)];

    public ChildcareFacility? Find(string id) => _byId.GetValueOrDefault(id);
}
