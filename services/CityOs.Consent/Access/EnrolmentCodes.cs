using System.Security.Cryptography;
using System.Text;
using CityOs.Consent.Vault;
using CityOs.Contracts.Consent;
using CityOs.Storage;

namespace CityOs.Consent.Access;

/// <summary>
/// One-time enrolment codes a counter clerk prints for an enrolled resident: a login id and a code, the code stored
/// only as a hash, valid for 14 days and redeemable once (the single-use mark is one ETag-checked write).
/// </summary>
public sealed class EnrolmentCodes(IDocumentStore store, IdentityVault vault, TimeProvider time)
{
    public const string GatewayDomain = "gateway";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private const string Container = "consent-enrolment-codes";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public sealed record Issued(string LoginId, string Code, DateTimeOffset ExpiresAt);

    private sealed record CodeRecord(string ResidentId, string CodeHash, DateTimeOffset ExpiresAt, string IssuedBy, DateTimeOffset? RedeemedAt);

    public async Task<Issued> IssueAsync(string residentId, string issuedBy, CancellationToken cancellationToken)
    {
        var loginId = "YMG-" + Random(4) + "-" + Random(4);
        var code = Random(10);
        var expires = time.GetUtcNow() + Lifetime;
        await store.CreateAsync(Container, loginId, loginId, new CodeRecord(residentId, Hash(loginId, code), expires, issuedBy, null), cancellationToken);
        return new Issued(loginId, code, expires);
    }

    /// <summary>
    /// The resident's Gateway subject when the code (given as <see cref="RedeemEnrolmentCode.HashOf"/>) is right,
    /// unexpired and unused; otherwise null (no reason, by design).
    /// </summary>
    public async Task<string?> RedeemAsync(string loginId, string codeHash, CancellationToken cancellationToken)
    {
        var normalized = loginId.Trim().ToUpperInvariant();
        var stored = await store.GetAsync<CodeRecord>(Container, normalized, normalized, cancellationToken);
        var expected = Convert.FromHexString(stored?.Value.CodeHash ?? new string('0', 64));
        var given = codeHash.Length == 64 && codeHash.All(char.IsAsciiHexDigit) ? Convert.FromHexString(codeHash) : new byte[32];
        var matches = CryptographicOperations.FixedTimeEquals(expected, given);
        if (stored is null || !matches || stored.Value.RedeemedAt is not null || stored.Value.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        try
        {
            await store.ReplaceAsync(Container, normalized, normalized, stored.Value with { RedeemedAt = time.GetUtcNow() }, stored.ETag, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return null;
        }

        return await vault.PseudonymAsync(stored.Value.ResidentId, GatewayDomain, cancellationToken);
    }

    private static string Hash(string loginId, string code) => RedeemEnrolmentCode.HashOf(loginId, code);

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
