using CityOs.Childcare.Storage;
using CityOs.Storage;

namespace CityOs.Childcare.Applications;

/// <summary>
/// Applications partitioned by round: the allocation run reads one round at once (a city's round is a few thousand
/// documents of a few KB, far below a partition's 20 GB), and ids carry the round for point reads.
/// Who appears where is kept in <see cref="PersonIndex"/> documents, partitioned by pseudonym.
/// </summary>
public sealed class ApplicationStore(IDocumentStore store, TimeProvider time)
{
    public const string Container = "childcare-applications";
    public const string People = "childcare-people";
    private const string PersonId = "person";

    /// <summary>A child's claim whose application never appeared (a crash between the two writes) is free again after this.</summary>
    private static readonly TimeSpan ClaimGrace = TimeSpan.FromMinutes(1);

    public async Task<ChildcareApplication?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await FindStoredAsync(id, cancellationToken))?.Value;

    public async Task<StoredDocument<ChildcareApplication>?> FindStoredAsync(string id, CancellationToken cancellationToken) =>
        ApplicationIds.RoundOf(id) is { } round ? await store.GetAsync<ChildcareApplication>(Container, round, id, cancellationToken) : null;

    public async Task<IReadOnlyList<ChildcareApplication>> InRoundAsync(string round, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<ChildcareApplication>(Container, round, cancellationToken: cancellationToken))
            .Select(d => d.Value).OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];

    public async Task<PersonIndex?> PersonAsync(string pseudonym, CancellationToken cancellationToken) =>
        (await store.GetAsync<PersonIndex>(People, pseudonym, PersonId, cancellationToken))?.Value;

    /// <summary>The applications a parent appears in, newest first: their person index, then each application by id.</summary>
    public async Task<IReadOnlyList<ChildcareApplication>> OfParentAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var found = new List<ChildcareApplication>();
        foreach (var id in (await PersonAsync(pseudonym, cancellationToken))?.Entries.Where(e => e.Role == PersonEntry.Parent).Select(e => e.ApplicationId).Distinct() ?? [])
        {
            if (await FindAsync(id, cancellationToken) is { } application && application.Request.ParentPseudonyms.Contains(pseudonym))
            {
                found.Add(application);
            }
        }

        return [.. found.OrderByDescending(a => a.SubmittedAt)];
    }

    /// <summary>
    /// Claims each child for the round (one ETag-checked write per child's index), then stores the application.
    /// Returns the pseudonym of a child who already applied this round instead, releasing the claims taken.
    /// </summary>
    public async Task<string?> TryAddAsync(ChildcareApplication application, CancellationToken cancellationToken)
    {
        var claimed = new List<string>();
        foreach (var child in application.Request.Children)
        {
            if (!await ClaimAsync(child.Pseudonym, application, cancellationToken))
            {
                foreach (var pseudonym in claimed)
                {
                    await ReleaseAsync(pseudonym, application.Id, cancellationToken);
                }

                return child.Pseudonym;
            }

            claimed.Add(child.Pseudonym);
        }

        foreach (var parent in application.Request.ParentPseudonyms.Distinct(StringComparer.Ordinal))
        {
            await store.ApplyAsync<PersonIndex>(People, parent, PersonId, p => Add(p, application, PersonEntry.Parent), cancellationToken);
        }

        await store.CreateAsync(Container, application.Round, application.Id, application, cancellationToken);
        return null;
    }

    /// <summary>One write; the change sees the application as stored now and returns null to leave it.</summary>
    public async Task<ChangeResult<ChildcareApplication>> ChangeAsync(string id, Func<ChildcareApplication, ChildcareApplication?> change, CancellationToken cancellationToken) =>
        ApplicationIds.RoundOf(id) is { } round
            ? await store.ApplyAsync<ChildcareApplication>(Container, round, id, a => a is null ? null : change(a), cancellationToken)
            : default;

    private async Task<bool> ClaimAsync(string child, ChildcareApplication application, CancellationToken cancellationToken)
    {
        // The holder is checked outside the write's decision (it is another document), then the write re-checks the ETag.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var index = await PersonAsync(child, cancellationToken);
            var holder = index?.Entries.FirstOrDefault(e => e.Role == PersonEntry.Child && e.Round == application.Round && e.ApplicationId != application.Id);
            if (holder is not null && await HoldsAsync(holder, cancellationToken))
            {
                return false;
            }

            var result = await store.ApplyAsync<PersonIndex>(People, child, PersonId, p =>
                SameHolder(p, application.Round, holder) ? Add(Without(p, holder), application, PersonEntry.Child) : null, cancellationToken);
            if (result.Changed)
            {
                return true;
            }
        }

        throw new DocumentConflictException(People, child);
    }

    private async Task<bool> HoldsAsync(PersonEntry holder, CancellationToken cancellationToken)
    {
        var application = await FindAsync(holder.ApplicationId, cancellationToken);
        return application is null ? time.GetUtcNow() - holder.At < ClaimGrace : application.Status != ApplicationStatus.Withdrawn;
    }

    private Task ReleaseAsync(string child, string applicationId, CancellationToken cancellationToken) =>
        store.ApplyAsync<PersonIndex>(People, child, PersonId,
            p => p is null ? null : p with { Entries = [.. p.Entries.Where(e => e.ApplicationId != applicationId)] }, cancellationToken);

    private static bool SameHolder(PersonIndex? index, string round, PersonEntry? expected) =>
        Equals(index?.Entries.FirstOrDefault(e => e.Role == PersonEntry.Child && e.Round == round), expected);

    private static PersonIndex? Without(PersonIndex? index, PersonEntry? entry) =>
        index is null || entry is null ? index : index with { Entries = [.. index.Entries.Where(e => e != entry)] };

    private PersonIndex Add(PersonIndex? index, ChildcareApplication application, string role) =>
        (index ?? new PersonIndex()) is var p && p.Entries.Any(e => e.ApplicationId == application.Id && e.Role == role)
            ? p
            : p with { Entries = [.. p.Entries, new PersonEntry(application.Round, application.Id, role, time.GetUtcNow())] };
}
