using System.Security.Cryptography;
using CityOs.Storage;
using Microsoft.Extensions.Options;

namespace CityOs.Consent.Vault;

public sealed class ConsentOptions
{
    public const string Section = "Consent";

    /// <summary>Base64, at least 32 bytes, from a secret store in production. Unset: generated once and kept in the store (embedded default).</summary>
    public string? PseudonymKey { get; set; }

    /// <summary>How long a link check waits for Consent before denying.</summary>
    public TimeSpan DecisionTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Loads the master key once; concurrent first starts agree on one key through create-if-absent.</summary>
public sealed class PseudonymKeyProvider(IDocumentStore store, IOptions<ConsentOptions> options)
{
    private const string Container = "consent-keys";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PseudonymKey? _key;

    public async ValueTask<PseudonymKey> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is not null)
        {
            return _key;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= new PseudonymKey(await LoadAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PseudonymKey))
        {
            try
            {
                return Convert.FromBase64String(options.Value.PseudonymKey);
            }
            catch (FormatException)
            {
                throw new OptionsValidationException(ConsentOptions.Section, typeof(ConsentOptions), ["Consent:PseudonymKey must be base64."]);
            }
        }

        var stored = await store.GetAsync<StoredKey>(Container, "pseudonym", "master", cancellationToken);
        if (stored is not null)
        {
            return Convert.FromBase64String(stored.Value.Key);
        }

        try
        {
            var created = new StoredKey(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            await store.CreateAsync(Container, "pseudonym", "master", created, cancellationToken);
            return Convert.FromBase64String(created.Key);
        }
        catch (DocumentConflictException)
        {
            var winner = await store.GetAsync<StoredKey>(Container, "pseudonym", "master", cancellationToken);
            return Convert.FromBase64String(winner!.Value.Key);
        }
    }

    private sealed record StoredKey(string Key);
}
