using System.Text;
using CityOs.Storage;

namespace CityOs.Consent.Vault;

/// <summary>Enrols residents once and keeps the reverse index from each domain's pseudonym to the resident.</summary>
public sealed class IdentityVault(IDocumentStore store, PseudonymKeyProvider keys, TimeProvider time)
{
    // Pseudonym mappings never change once registered, so they are remembered after the first store round trip.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Domain, string Pseudonym), string> _resolved = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Domain, string ResidentId), string> _registered = new();

    private const string Identities = "consent-vault";
    private const string IdentityIndex = "consent-identity-index";
    private const string Pseudonyms = "consent-pseudonyms";

    public sealed record Enrolment(string ResidentId, bool Existing);

    private sealed record IndexEntry(string ResidentId);

    private sealed record PseudonymEntry(string ResidentId);

    /// <summary>Enrols a resident, or finds them if the same name and birth date were enrolled before.</summary>
    public async Task<Enrolment> EnrolAsync(NewResident resident, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken);
        var identityKey = key.IdentityKey(Normalize(resident.Name), resident.BirthDate);
        var existing = await store.GetAsync<IndexEntry>(IdentityIndex, identityKey, identityKey, cancellationToken);
        if (existing is not null)
        {
            return new Enrolment(existing.Value.ResidentId, Existing: true);
        }

        var residentId = Guid.NewGuid().ToString("N");
        var identity = new ResidentIdentity
        {
            ResidentId = residentId,
            Name = resident.Name.Trim(),
            NameKana = resident.NameKana?.Trim(),
            BirthDate = resident.BirthDate,
            Address = resident.Address.Trim(),
            Phone = resident.Phone?.Trim(),
            District = resident.District,
            EnrolledAt = time.GetUtcNow(),
            EnrolledVia = resident.EnrolledVia,
            StaffId = resident.StaffId,
        };

        // The identity is written first and the index last: a crash in between leaves an unreachable
        // identity (harmless, found by the next enrolment's index miss creating a fresh one) but never an index without an identity.
        await store.CreateAsync(Identities, residentId, "identity", identity, cancellationToken);
        try
        {
            await store.CreateAsync(IdentityIndex, identityKey, identityKey, new IndexEntry(residentId), cancellationToken);
        }
        catch (DocumentConflictException)
        {
            await store.DeleteAsync(Identities, residentId, "identity", cancellationToken: cancellationToken);
            var winner = await store.GetAsync<IndexEntry>(IdentityIndex, identityKey, identityKey, cancellationToken);
            return new Enrolment(winner!.Value.ResidentId, Existing: true);
        }

        return new Enrolment(residentId, Existing: false);
    }

    public async Task<ResidentIdentity?> GetAsync(string residentId, CancellationToken cancellationToken) =>
        (await store.GetAsync<ResidentIdentity>(Identities, residentId, "identity", cancellationToken))?.Value;

    /// <summary>The resident's stable pseudonym in <paramref name="domain"/>; registers the reverse entry on first use.</summary>
    public async Task<string> PseudonymAsync(string residentId, string domain, CancellationToken cancellationToken)
    {
        if (_registered.TryGetValue((domain, residentId), out var known))
        {
            return known;
        }

        var pseudonym = (await keys.GetAsync(cancellationToken)).Derive(domain, residentId);
        if (await store.GetAsync<PseudonymEntry>(Pseudonyms, domain, pseudonym, cancellationToken) is null)
        {
            try
            {
                await store.CreateAsync(Pseudonyms, domain, pseudonym, new PseudonymEntry(residentId), cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // Registered concurrently: the derivation is deterministic, so both wrote the same entry.
            }
        }

        _registered[(domain, residentId)] = pseudonym;
        _resolved[(domain, pseudonym)] = residentId;
        return pseudonym;
    }

    public async Task<string?> ResolveAsync(string domain, string pseudonym, CancellationToken cancellationToken)
    {
        if (_resolved.TryGetValue((domain, pseudonym), out var residentId))
        {
            return residentId;
        }

        residentId = (await store.GetAsync<PseudonymEntry>(Pseudonyms, domain, pseudonym, cancellationToken))?.Value.ResidentId;
        if (residentId is not null)
        {
            _resolved[(domain, pseudonym)] = residentId;
        }

        return residentId;
    }

    public async Task<string> ConsentRefAsync(string domain, string consentId, CancellationToken cancellationToken) =>
        (await keys.GetAsync(cancellationToken)).ConsentRef(domain, consentId);

    private static string Normalize(string name) =>
        new(name.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}

public sealed record NewResident
{
    public required string Name { get; init; }

    public string? NameKana { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string Address { get; init; }

    public string? Phone { get; init; }

    public required string District { get; init; }

    public required string EnrolledVia { get; init; }

    public string? StaffId { get; init; }
}
