namespace CityOs.Childcare.FamilySupport;

/// <summary>Members, providers and requests in memory; one lock keeps each request's state changes in order.</summary>
public sealed class FamilySupportStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Member> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Provider> _providers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SupportRequest> _requests = new(StringComparer.Ordinal);

    public Member AddMember(string pseudonym) => Put(_members, new Member(NewId("fm"), pseudonym), m => m.Id);

    public Provider AddProvider(Provider provider) => Put(_providers, provider with { Id = NewId("fp") }, p => p.Id);

    public SupportRequest AddRequest(SupportRequestInput input) =>
        Put(_requests, new SupportRequest { Id = NewId("fr"), Input = input, Status = "open" }, r => r.Id);

    public Member? Member(string id) => Get(_members, id);

    public Provider? Provider(string id) => Get(_providers, id);

    public SupportRequest? Request(string id) => Get(_requests, id);

    public IReadOnlyList<Provider> Providers()
    {
        lock (_lock)
        {
            return [.. _providers.Values];
        }
    }

    /// <summary>Applies a change to a request atomically; the change returns null to refuse, leaving the request as it was.</summary>
    public SupportRequest? Update(string id, Func<SupportRequest, SupportRequest?> change)
    {
        lock (_lock)
        {
            if (!_requests.TryGetValue(id, out var current) || change(current) is not { } updated)
            {
                return null;
            }

            return _requests[id] = updated;
        }
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..15];

    private T Put<T>(Dictionary<string, T> items, T item, Func<T, string> id)
    {
        lock (_lock)
        {
            items[id(item)] = item;
        }

        return item;
    }

    private T? Get<T>(Dictionary<string, T> items, string id) where T : class
    {
        lock (_lock)
        {
            return items.GetValueOrDefault(id);
        }
    }
}
