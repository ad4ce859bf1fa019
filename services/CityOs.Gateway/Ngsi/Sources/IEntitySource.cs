namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>Where entities of some NGSI-LD types come from: a domain service's open API, or the sandbox's synthetic city.</summary>
public interface IEntitySource
{
    IReadOnlyList<string> Types { get; }

    /// <summary>Every current entity of <paramref name="type"/>; throws <see cref="SourceUnavailableException"/> when the source cannot answer.</summary>
    Task<IReadOnlyList<NgsiEntity>> ListAsync(string type, CancellationToken cancellationToken);
}
