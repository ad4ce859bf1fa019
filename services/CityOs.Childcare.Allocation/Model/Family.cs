namespace CityOs.Childcare.Allocation;

/// <param name="Id">Family id, unique in the instance.</param>
/// <param name="Children">The family's applying children; fixes the order of every preference tuple.</param>
/// <param name="Preferences">
/// Joint options, best first. Each option holds one facility id (or null: not placed) per child, in the order of
/// <paramref name="Children"/>. The status quo (everyone stays or stays unplaced) ranks where it appears, else last.
/// </param>
public sealed record Family(string Id, IReadOnlyList<string> Children, IReadOnlyList<IReadOnlyList<string?>> Preferences);
