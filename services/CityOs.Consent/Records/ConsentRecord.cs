namespace CityOs.Consent.Records;

/// <summary>
/// One consent, structured after ISO/IEC TS 27560: who agreed, to what purpose (and which version of
/// its notice), for which data and recipients, how, through whom, and its whole history.
/// </summary>
public sealed record ConsentRecord
{
    public required string Id { get; init; }

    /// <summary>Incremented on every change; a client must send the version it saw (stale = 409).</summary>
    public required int Version { get; init; }

    public required string SubjectId { get; init; }

    public required string Controller { get; init; }

    public required string PurposeId { get; init; }

    public required int PurposeVersion { get; init; }

    /// <summary>The catalogue version whose texts were shown before the resident agreed.</summary>
    public required string NoticeVersion { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    public required ConsentMethod Method { get; init; }

    public ProxyInfo? Proxy { get; init; }

    public string? StaffId { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    public required DateTimeOffset ValidUntil { get; init; }

    public required ConsentState State { get; init; }

    public required IReadOnlyList<ConsentEvent> Events { get; init; }

    /// <summary>
    /// The outbox inside the document: ledger lines and cache messages this record still owes. They are
    /// written in the same ETag-checked write as the change itself, so a crash before they go out loses
    /// nothing; <see cref="ConsentRelay"/> delivers them and removes them.
    /// </summary>
    public IReadOnlyList<PendingEffect> Pending { get; init; } = [];

    /// <summary>When the oldest pending effect was written (null when none): what the outbox sweep filters on.</summary>
    public DateTimeOffset? PendingSince { get; init; }

    /// <summary>Whether it allows anything at <paramref name="now"/>: active and inside its validity period.</summary>
    public bool IsEffective(DateTimeOffset now) => State == ConsentState.Active && ValidFrom <= now && now < ValidUntil;
}

public enum ConsentMethod
{
    App,
    CounterWithStaff,
    Paper,
    Proxy,
}

public enum ConsentState
{
    Active,
    Withdrawn,
    Expired,
}

public enum ConsentEventType
{
    Given,
    Renewed,
    Withdrawn,
    Expired,
}

/// <summary>A family member, care manager or parent acting for the resident; their identity stays in the Consent service.</summary>
public sealed record ProxyInfo(string Name, ProxyRelationship Relationship, string? ProxyResidentId = null);

public enum ProxyRelationship
{
    Family,
    CareManager,
    Parent,
    Guardian,
}

/// <summary>One change's owed side effects: its ledger line and its cache message (one per party).</summary>
public sealed record PendingEffect(int Version, string LedgerKind, string CacheChange, DateTimeOffset At);

public sealed record ConsentEvent(ConsentEventType Type, DateTimeOffset At, ConsentMethod Method, string? Actor);
