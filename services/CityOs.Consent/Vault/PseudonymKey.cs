using System.Security.Cryptography;
using System.Text;

namespace CityOs.Consent.Vault;

/// <summary>
/// Derives each domain's pseudonym as HMAC(HKDF(master, domain), residentId). Without the master key
/// nobody can compute another domain's pseudonym, so two domains cannot join their data on them.
/// </summary>
public sealed class PseudonymKey
{
    private readonly byte[] _master;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _domainKeys = new(StringComparer.Ordinal);

    public PseudonymKey(byte[] master)
    {
        if (master.Length < 32)
        {
            throw new ArgumentException("The pseudonym master key must be at least 32 bytes.", nameof(master));
        }

        _master = master;
    }

    public string Derive(string domain, string residentId)
    {
        var domainKey = _domainKeys.GetOrAdd(domain, d => HKDF.DeriveKey(HashAlgorithmName.SHA256, _master, 32, info: Encoding.UTF8.GetBytes("cityos-pseudonym:" + d)));
        var mac = HMACSHA256.HashData(domainKey, Encoding.UTF8.GetBytes(residentId));
        return Base32(mac.AsSpan(0, 15));
    }

    /// <summary>A per-domain reference to a consent record, so cache messages for two domains share no value.</summary>
    public string ConsentRef(string domain, string consentId) => Derive("consent-ref:" + domain, consentId);

    /// <summary>Matches re-enrolments of the same person without storing their name in an index.</summary>
    public string IdentityKey(string normalizedName, DateOnly birthDate)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, _master, 32, info: "cityos-identity-index"u8.ToArray());
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{normalizedName}|{birthDate:yyyy-MM-dd}")));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var output = new StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }

        return output.ToString();
    }
}
