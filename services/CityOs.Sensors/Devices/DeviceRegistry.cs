using CityOs.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace CityOs.Sensors.Devices;

/// <summary>
/// The device registry in the document store. Every reading and every broker connection looks a device
/// up, so lookups are cached briefly (misses too, so a flood from an unknown id does not reach the store);
/// changes made through this instance take effect at once.
/// </summary>
public sealed class DeviceRegistry(IDocumentStore store, TimeProvider time) : IDisposable
{
    public const string Container = "sensors-devices";
    private const string Partition = "devices";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MissCacheFor = TimeSpan.FromSeconds(5);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    public async Task<Device?> FindAsync(string deviceId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(deviceId, out Device? cached))
        {
            return cached;
        }

        var device = (await store.GetAsync<Device>(Container, Partition, deviceId, cancellationToken))?.Value;
        _cache.Set(deviceId, device, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = device is null ? MissCacheFor : CacheFor });
        return device;
    }

    public async Task<IReadOnlyList<Device>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<Device>(Container, Partition, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Registers a device with the topics its type allows; throws <see cref="DocumentConflictException"/> if the id is taken.</summary>
    public async Task<Device> RegisterAsync(string id, DeviceType type, string district, string? passwordHash, CancellationToken cancellationToken)
    {
        var device = new Device
        {
            Id = id,
            Type = type,
            District = district,
            Topics = [SensorTopics.For(type, id)],
            PasswordHash = passwordHash,
            RegisteredAt = time.GetUtcNow(),
        };
        await store.CreateAsync(Container, Partition, id, device, cancellationToken);
        _cache.Remove(id);
        return device;
    }

    /// <summary>Replaces the device's broker password hash; null when the device is not registered.</summary>
    public async Task<Device?> SetPasswordHashAsync(string id, string passwordHash, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await store.GetAsync<Device>(Container, Partition, id, cancellationToken);
            if (current is null)
            {
                return null;
            }

            try
            {
                var updated = current.Value with { PasswordHash = passwordHash };
                await store.ReplaceAsync(Container, Partition, id, updated, current.ETag, cancellationToken);
                _cache.Remove(id);
                return updated;
            }
            catch (DocumentConflictException)
            {
                // Someone else changed the device meanwhile: reload and apply again.
            }
        }
    }

    public void Dispose() => _cache.Dispose();
}
