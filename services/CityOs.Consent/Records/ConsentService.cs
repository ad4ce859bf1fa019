using CityOs.Consent.Purposes;
using CityOs.Consent.Vault;

namespace CityOs.Consent.Records;

/// <summary>
/// Grant, renew, withdraw and expire. Every change is one ETag-checked write that also carries what it
/// owes (ledger line, cache messages) in the record's outbox; the relay then delivers and clears it.
/// </summary>
public sealed class ConsentService(
    ConsentStore records,
    IdentityVault vault,
    PurposeCatalogue catalogue,
    SubjectLocks locks,
    ConsentRelay relay,
    TimeProvider time)
{
    public const string Controller = "山口市 / Yamaguchi City";

    public async Task<ConsentRecord> GrantAsync(string subjectId, GrantConsent command, CancellationToken cancellationToken)
    {
        _ = await vault.GetAsync(subjectId, cancellationToken) ?? throw new ConsentProblemException(ConsentProblemKind.NotFound, "No such resident.");
        var purpose = catalogue.Find(command.PurposeId) ?? throw new ConsentProblemException(ConsentProblemKind.Invalid, $"Unknown purpose '{command.PurposeId}'.", "purposeId");
        var categories = Subset(command.Categories, purpose.Categories, "categories");
        var recipients = Subset(command.Recipients, purpose.Recipients, "recipients");
        CheckActor(command.Method, command.Proxy, command.StaffId);
        if (command.NoticeVersion != catalogue.Version)
        {
            throw new ConsentProblemException(ConsentProblemKind.Invalid, $"The notice shown was version '{command.NoticeVersion}', the current one is '{catalogue.Version}': show the current notice again.", "noticeVersion");
        }

        var now = time.GetUtcNow();
        var record = new ConsentRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Version = 1,
            SubjectId = subjectId,
            Controller = Controller,
            PurposeId = purpose.Id,
            PurposeVersion = purpose.Version,
            NoticeVersion = catalogue.Version,
            Categories = categories,
            Recipients = recipients,
            Method = command.Method,
            Proxy = command.Proxy,
            StaffId = command.StaffId,
            ValidFrom = now,
            ValidUntil = now.AddDays(Days(command.ValidDays, purpose)),
            State = ConsentState.Active,
            Events = [new ConsentEvent(ConsentEventType.Given, now, command.Method, Actor(command.Proxy, command.StaffId))],
            Pending = [new PendingEffect(1, "consent-given", "granted", now)],
            PendingSince = now,
        };

        using (await locks.AcquireAsync(subjectId, cancellationToken))
        {
            await records.CreateAsync(record, cancellationToken);
        }

        await relay.TryDeliverAsync(record, cancellationToken);
        return record;
    }

    public Task<ConsentRecord> RenewAsync(string subjectId, string consentId, ChangeConsent command, CancellationToken cancellationToken) =>
        ChangeAsync(subjectId, consentId, command, (record, now) =>
        {
            if (record.State == ConsentState.Withdrawn)
            {
                throw new ConsentProblemException(ConsentProblemKind.Invalid, "A withdrawn consent cannot be renewed; give a new consent instead.");
            }

            var purpose = catalogue.Find(record.PurposeId)!;
            return record with
            {
                State = ConsentState.Active,
                ValidUntil = now.AddDays(Days(command.ValidDays, purpose)),
                Events = [.. record.Events, new ConsentEvent(ConsentEventType.Renewed, now, command.Method, Actor(command.Proxy, command.StaffId))],
            };
        }, "consent-renewed", "renewed", cancellationToken);

    /// <summary>Takes effect at once: stored under the resident's lock, so decisions after the acknowledgement see it.</summary>
    public Task<ConsentRecord> WithdrawAsync(string subjectId, string consentId, ChangeConsent command, CancellationToken cancellationToken) =>
        ChangeAsync(subjectId, consentId, command, (record, now) => record.State == ConsentState.Withdrawn
            ? throw new ConsentProblemException(ConsentProblemKind.Invalid, "This consent is already withdrawn.")
            : record with
            {
                State = ConsentState.Withdrawn,
                ValidUntil = now < record.ValidUntil ? now : record.ValidUntil,
                Events = [.. record.Events, new ConsentEvent(ConsentEventType.Withdrawn, now, command.Method, Actor(command.Proxy, command.StaffId))],
            }, "consent-withdrawn", "withdrawn", cancellationToken);

    /// <summary>Marks a lapsed consent expired. Decisions already deny it by its end date; this records the event and tells the caches.</summary>
    public async Task<bool> ExpireAsync(ConsentRecord lapsed, CancellationToken cancellationToken)
    {
        ConsentRecord expired;
        using (await locks.AcquireAsync(lapsed.SubjectId, cancellationToken))
        {
            var current = await records.GetAsync(lapsed.SubjectId, lapsed.Id, cancellationToken);
            var now = time.GetUtcNow();
            if (current is null || current.Value.State != ConsentState.Active || current.Value.ValidUntil > now)
            {
                return false;
            }

            expired = Owing(current.Value with
            {
                Version = current.Value.Version + 1,
                State = ConsentState.Expired,
                Events = [.. current.Value.Events, new ConsentEvent(ConsentEventType.Expired, now, current.Value.Method, "system")],
            }, "consent-expired", "expired", now);
            await records.ReplaceAsync(expired, current.ETag, cancellationToken);
        }

        await relay.TryDeliverAsync(expired, cancellationToken);
        return true;
    }

    private async Task<ConsentRecord> ChangeAsync(string subjectId, string consentId, ChangeConsent command,
        Func<ConsentRecord, DateTimeOffset, ConsentRecord> change, string ledgerKind, string cacheChange, CancellationToken cancellationToken)
    {
        CheckActor(command.Method, command.Proxy, command.StaffId);
        ConsentRecord updated;
        using (await locks.AcquireAsync(subjectId, cancellationToken))
        {
            var current = await records.GetAsync(subjectId, consentId, cancellationToken)
                ?? throw new ConsentProblemException(ConsentProblemKind.NotFound, "No such consent.");
            if (current.Value.Version != command.ExpectedVersion)
            {
                throw new ConsentProblemException(ConsentProblemKind.Stale, $"The consent changed since you read it (now version {current.Value.Version}); reload and try again.");
            }

            var now = time.GetUtcNow();
            updated = Owing(change(current.Value, now) with { Version = current.Value.Version + 1 }, ledgerKind, cacheChange, now);
            try
            {
                await records.ReplaceAsync(updated, current.ETag, cancellationToken);
            }
            catch (CityOs.Storage.DocumentConflictException)
            {
                throw new ConsentProblemException(ConsentProblemKind.Stale, "The consent changed while saving; reload and try again.");
            }
        }

        await relay.TryDeliverAsync(updated, cancellationToken);
        return updated;
    }

    /// <summary>Adds the change's owed effects to the outbox (keeping any an earlier change still owes).</summary>
    private static ConsentRecord Owing(ConsentRecord record, string ledgerKind, string cacheChange, DateTimeOffset now) =>
        record with
        {
            Pending = [.. record.Pending, new PendingEffect(record.Version, ledgerKind, cacheChange, now)],
            PendingSince = record.PendingSince ?? now,
        };

    private static IReadOnlyList<string> Subset(IReadOnlyList<string>? chosen, IReadOnlyList<string> allowed, string field)
    {
        if (chosen is null)
        {
            return allowed;
        }

        var unknown = chosen.Where(c => !allowed.Contains(c)).ToList();
        if (unknown.Count > 0 || chosen.Count == 0)
        {
            throw new ConsentProblemException(ConsentProblemKind.Invalid, chosen.Count == 0 ? $"Choose at least one of: {string.Join(", ", allowed)}." : $"Not part of this purpose: {string.Join(", ", unknown)}.", field);
        }

        return [.. chosen.Distinct()];
    }

    private static void CheckActor(ConsentMethod method, ProxyInfo? proxy, string? staffId)
    {
        if (method == ConsentMethod.Proxy && (proxy is null || string.IsNullOrWhiteSpace(proxy.Name)))
        {
            throw new ConsentProblemException(ConsentProblemKind.Invalid, "A proxy consent must say who the proxy is and how they are related.", "proxy");
        }

        if (method != ConsentMethod.Proxy && proxy is not null)
        {
            throw new ConsentProblemException(ConsentProblemKind.Invalid, "A proxy is given, but the method is not 'Proxy'.", "method");
        }

        if (method == ConsentMethod.CounterWithStaff && string.IsNullOrWhiteSpace(staffId))
        {
            throw new ConsentProblemException(ConsentProblemKind.Invalid, "Consent at a counter must record the staff member.", "staffId");
        }
    }

    private static int Days(int? requested, Purpose purpose) =>
        requested switch
        {
            null => purpose.RetentionDays,
            < 1 => throw new ConsentProblemException(ConsentProblemKind.Invalid, "validDays must be at least 1.", "validDays"),
            var d when d > purpose.RetentionDays => throw new ConsentProblemException(ConsentProblemKind.Invalid, $"validDays may be at most {purpose.RetentionDays} for this purpose.", "validDays"),
            var d => d.Value,
        };

    private static string? Actor(ProxyInfo? proxy, string? staffId) =>
        proxy is not null ? $"proxy:{proxy.Relationship}" : staffId is not null ? $"staff:{staffId}" : null;
}
