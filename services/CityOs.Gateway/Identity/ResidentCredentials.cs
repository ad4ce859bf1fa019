using CityOs.Contracts.Consent;
using CityOs.Storage;
using MassTransit;
using Microsoft.AspNetCore.Identity;

namespace CityOs.Gateway.Identity;

/// <summary>
/// Residents' sign-in: first with the one-time code the city printed (redeemed by Consent, which alone knows who it
/// is for), then with a PIN they chose, kept here only as a PBKDF2 hash. Five wrong PINs lock the login for 15 minutes.
/// Each change is one ETag-checked document write.
/// </summary>
public sealed class ResidentCredentials(IDocumentStore store, IRequestClient<RedeemEnrolmentCode> redeem, TimeProvider time)
{
    private const string Container = "identity-residents";
    private const int MaxFailures = 5;
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<Credential> Hasher = new();
    private static readonly string DecoyHash = Hasher.HashPassword(new Credential("", "", 0, null), "000000");

    public sealed record Credential(string Subject, string PinHash, int Failures, DateTimeOffset? LockedUntil);

    public static bool IsValidPin(string pin) => pin.Length is >= 6 and <= 8 && pin.All(char.IsAsciiDigit);

    /// <summary>Redeems the code and sets the PIN; returns the resident's subject, or null (never says which part was wrong).</summary>
    public async Task<string?> EnrolAsync(string loginId, string code, string pin, CancellationToken cancellationToken)
    {
        var id = Normalize(loginId);
        var answer = await redeem.GetResponse<EnrolmentCodeRedeemed>(new RedeemEnrolmentCode { LoginId = id, CodeHash = RedeemEnrolmentCode.HashOf(id, code) }, cancellationToken);
        if (!answer.Message.Accepted || answer.Message.Subject is not { } subject)
        {
            return null;
        }

        var credential = new Credential(subject, Hasher.HashPassword(new Credential(subject, "", 0, null), pin), 0, null);
        var existing = await store.GetAsync<Credential>(Container, id, id, cancellationToken);
        if (existing is null)
        {
            await store.CreateAsync(Container, id, id, credential, cancellationToken);
        }
        else
        {
            // A fresh code from the counter resets a forgotten PIN.
            await store.ReplaceAsync(Container, id, id, credential, existing.ETag, cancellationToken);
        }

        return subject;
    }

    public async Task<string?> VerifyAsync(string loginId, string pin, CancellationToken cancellationToken)
    {
        var id = Normalize(loginId);
        var stored = await store.GetAsync<Credential>(Container, id, id, cancellationToken);
        var now = time.GetUtcNow();
        var result = Hasher.VerifyHashedPassword(stored?.Value ?? new Credential("", "", 0, null), stored?.Value.PinHash ?? DecoyHash, pin);
        if (stored is null || stored.Value.LockedUntil > now)
        {
            return null;
        }

        if (result == PasswordVerificationResult.Failed)
        {
            var failures = stored.Value.Failures + 1;
            var locked = failures >= MaxFailures ? now + Lockout : (DateTimeOffset?)null;
            await TryReplaceAsync(id, stored, stored.Value with { Failures = failures >= MaxFailures ? 0 : failures, LockedUntil = locked }, cancellationToken);
            return null;
        }

        if (stored.Value.Failures > 0)
        {
            await TryReplaceAsync(id, stored, stored.Value with { Failures = 0, LockedUntil = null }, cancellationToken);
        }

        return stored.Value.Subject;
    }

    private async Task TryReplaceAsync(string id, StoredDocument<Credential> stored, Credential next, CancellationToken cancellationToken)
    {
        try
        {
            await store.ReplaceAsync(Container, id, id, next, stored.ETag, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // A concurrent attempt updated the counter first; one lost increment does not weaken the lockout materially.
        }
    }

    private static string Normalize(string loginId) => loginId.Trim().ToUpperInvariant();
}
