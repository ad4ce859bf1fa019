using System.Security.Cryptography;
using System.Text;
using CityOs.Childcare.Storage;
using CityOs.Storage;

namespace CityOs.Childcare.FamilySupport;

/// <summary>
/// One container, four kinds of partition: <c>members</c> and <c>providers</c> (a centre has hundreds to a few
/// thousand of each; the matcher reads all providers at once), one partition per request (each request is its own
/// aggregate, read and changed by id only) and one per member holding its <see cref="MemberRequests"/> index.
/// </summary>
public sealed class FamilySupportStore(IDocumentStore store)
{
    public const string Container = "childcare-family-support";
    private const string Members = "members";
    private const string Providers = "providers";
    private const string MemberRequestsId = "requests";

    /// <summary>The member id of a pseudonym: derived, so joining twice finds the same membership without a lookup.</summary>
    public static string MemberIdOf(string pseudonym) =>
        "fm-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pseudonym)))[..12];

    /// <summary>Joins, or returns the membership the pseudonym already has.</summary>
    public async Task<Member> AddMemberAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var member = new Member(MemberIdOf(pseudonym), pseudonym);
        try
        {
            return (await store.CreateAsync(Container, Members, member.Id, member, cancellationToken)).Value;
        }
        catch (DocumentConflictException)
        {
            return await MemberAsync(member.Id, cancellationToken) ?? member;
        }
    }

    /// <summary>Providers from a file keep their ids, so seeding again after a restart adds nothing and changes nothing.</summary>
    public async Task<int> SeedProvidersAsync(IEnumerable<Provider> providers, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var provider in providers)
        {
            try
            {
                await store.CreateAsync(Container, Providers, provider.Id, provider, cancellationToken);
                added++;
            }
            catch (DocumentConflictException)
            {
                // Seeded by an earlier start, and perhaps edited by staff since: theirs stands.
            }
        }

        return added;
    }

    public async Task<Provider> AddProviderAsync(Provider provider, CancellationToken cancellationToken)
    {
        var added = provider with { Id = NewId("fp") };
        return (await store.CreateAsync(Container, Providers, added.Id, added, cancellationToken)).Value;
    }

    /// <summary>Adds the request to its member's index (one ETag-checked write), then stores the request.</summary>
    public async Task<SupportRequest> AddRequestAsync(SupportRequestInput input, CancellationToken cancellationToken, string? actingAs = null)
    {
        var request = new SupportRequest { Id = NewId("fr"), Input = input, Status = "open", ActingAs = actingAs };
        await store.ApplyAsync<MemberRequests>(Container, input.MemberId, MemberRequestsId,
            m => m?.RequestIds.Contains(request.Id) == true ? null : new MemberRequests { RequestIds = [.. m?.RequestIds ?? [], request.Id] }, cancellationToken);
        return (await store.CreateAsync(Container, request.Id, request.Id, request, cancellationToken)).Value;
    }

    /// <summary>A member's requests, latest start first, at most <paramref name="limit"/> of the newest.</summary>
    public async Task<IReadOnlyList<SupportRequest>> RequestsOfAsync(string memberId, int limit, CancellationToken cancellationToken)
    {
        var index = await store.GetAsync<MemberRequests>(Container, memberId, MemberRequestsId, cancellationToken);
        var found = new List<SupportRequest>();
        foreach (var id in (index?.Value.RequestIds ?? []).Reverse().Take(limit))
        {
            if (await RequestAsync(id, cancellationToken) is { } request && request.Input.MemberId == memberId)
            {
                found.Add(request);
            }
        }

        return [.. found.OrderByDescending(r => r.Input.Start)];
    }

    public async Task<Member?> MemberAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<Member>(Container, Members, id, cancellationToken))?.Value;

    public async Task<Provider?> ProviderAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<Provider>(Container, Providers, id, cancellationToken))?.Value;

    public async Task<SupportRequest?> RequestAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<SupportRequest>(Container, id, id, cancellationToken))?.Value;

    public async Task<IReadOnlyList<Provider>> ProvidersAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<Provider>(Container, Providers, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Applies a change to a request in one ETag-checked write; the change returns null to refuse, leaving the request as it was.</summary>
    public async Task<SupportRequest?> UpdateAsync(string id, Func<SupportRequest, SupportRequest?> change, CancellationToken cancellationToken)
    {
        var result = await store.ApplyAsync<SupportRequest>(Container, id, id, r => r is null ? null : change(r), cancellationToken);
        return result.Changed ? result.Value : null;
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..15];
}
