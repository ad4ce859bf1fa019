namespace CityOs.Web.Districts;

/// <summary>A district's tile on the schematic map: an SVG path and where its label goes, in the map's view-box units.</summary>
public sealed record DistrictShape(string Code, string NameJa, string NameEn, string Terrain, int Population, string Path, double LabelX, double LabelY);

public sealed record DistrictMap(double Width, double Height, IReadOnlyList<DistrictShape> Districts, string NoteJa, string NoteEn);
