using CityOs.Gateway.Ngsi;

namespace CityOs.Gateway.Webhooks;

/// <summary>An entity that appeared or changed since the watcher last looked, with the attributes that changed.</summary>
public sealed record EntityChange(NgsiEntity Entity, bool IsNew, IReadOnlySet<string> ChangedAttributes);
