namespace CityOs.Storage;

/// <summary>A document as stored: its value plus the ETag that guards the next replace.</summary>
public sealed record StoredDocument<T>(string Id, string Partition, string ETag, T Value);
