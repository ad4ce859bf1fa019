using CityOs.Childcare.Storage;
using CityOs.Storage;

namespace CityOs.Childcare.FamilySupport;

/// <summary>
/// One container, three kinds of partition: <c>members</c> and <c>providers</c> (a centre has hundreds to a few
/// thousand of each; the matcher reads all providers at once) and one partition per request (each request is its own
/// aggregate, read and changed by id only).
/// </summary>
public sealed class FamilySupportStore(IDocumentStore store)
{
    public const string Container = "childcare-family-support";
    private const string Members = "members";
    private const string Providers = "providers";

    public async Task<Member> AddMemberAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var member = new Member(NewId("fm"), pseudonym);
        return (await store.CreateAsync(Container, Members, member.Id, member, cancellationToken)).Value;
    }

    public async Task<Provider> AddProviderAsync(Provider provider, CancellationToken cancellationToken)
    {
        var added = provider with { Id = NewId("fp") };
        return (await store.CreateAsync(Container, Providers, added.Id, added, cancellationToken)).Value;
    }

    public async Task<SupportRequest> AddRequestAsync(SupportRequestInput input, CancellationToken cancellationToken)
    {
        var request = new SupportRequest { Id = NewId("fr"), Input = input, Status = "open" };
        return (await store.CreateAsync(Container, request.Id, request.Id, request, cancellationToken)).Value;
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
