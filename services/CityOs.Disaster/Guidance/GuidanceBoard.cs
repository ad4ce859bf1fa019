namespace CityOs.Disaster.Guidance;

/// <summary>
/// Current guidance for every guided resident, with the seats and supporter slots it holds. Written only by
/// the guidance worker (one writer), read by the API under the same lock.
/// </summary>
public sealed class GuidanceBoard
{
    private readonly Dictionary<string, ResidentGuidance> _guidance = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string> _rides = [];
    private readonly object _gate = new();

    public Dictionary<string, int> Reserved { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> SupporterLoad { get; private set; } = new(StringComparer.Ordinal);

    public ResidentGuidance? Find(string pseudonym)
    {
        lock (_gate)
        {
            return _guidance.GetValueOrDefault(pseudonym);
        }
    }

    public IReadOnlyList<ResidentGuidance> Where(Func<ResidentGuidance, bool> predicate)
    {
        lock (_gate)
        {
            return [.. _guidance.Values.Where(predicate)];
        }
    }

    public string? PseudonymForRide(Guid requestId)
    {
        lock (_gate)
        {
            return _rides.GetValueOrDefault(requestId);
        }
    }

    /// <summary>Frees what earlier guidance held, before it is planned again.</summary>
    public void Release(ResidentGuidance previous)
    {
        lock (_gate)
        {
            if (previous.Status != GuidanceStatus.Unassisted && previous.ShelterId is { } shelter)
            {
                Reserved[shelter] = Math.Max(0, Reserved.GetValueOrDefault(shelter) - 1);
            }

            if (previous.SupporterId is { } supporter)
            {
                SupporterLoad[supporter] = Math.Max(0, SupporterLoad.GetValueOrDefault(supporter) - 1);
            }
        }
    }

    /// <summary>After a restart: the stored plan-sets give back every resident's guidance and what it holds.</summary>
    public void Restore(IEnumerable<ResidentGuidance> stored)
    {
        var guidance = stored.ToList();
        var reserved = new Dictionary<string, int>(StringComparer.Ordinal);
        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in guidance)
        {
            if (g.Status != GuidanceStatus.Unassisted && g.ShelterId is { } shelter)
            {
                reserved[shelter] = reserved.GetValueOrDefault(shelter) + 1;
            }

            if (g.SupporterId is { } supporter)
            {
                load[supporter] = load.GetValueOrDefault(supporter) + 1;
            }
        }

        Commit(guidance, reserved, load);
    }

    public void Commit(IEnumerable<ResidentGuidance> guidance, Dictionary<string, int> reserved, Dictionary<string, int> supporterLoad)
    {
        lock (_gate)
        {
            foreach (var g in guidance)
            {
                _guidance[g.Pseudonym] = g;
                if (g.RideRequestId is { } ride)
                {
                    _rides[ride] = g.Pseudonym;
                }
            }

            Reserved = reserved;
            SupporterLoad = supporterLoad;
        }
    }
}
