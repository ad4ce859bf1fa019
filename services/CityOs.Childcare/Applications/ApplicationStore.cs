using System.Collections.Concurrent;

namespace CityOs.Childcare.Applications;

/// <summary>Applications in memory. One lock for submissions so that "already applied this round" cannot race.</summary>
public sealed class ApplicationStore
{
    private readonly ConcurrentDictionary<string, ChildcareApplication> _applications = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ChildcareApplication? Find(string id) => _applications.GetValueOrDefault(id);

    public IReadOnlyList<ChildcareApplication> InRound(string round) =>
        [.. _applications.Values.Where(a => a.Round == round).OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>Adds the application unless one of its children already applied this round; returns that child's pseudonym then.</summary>
    public string? TryAdd(ChildcareApplication application)
    {
        lock (_lock)
        {
            var taken = InRound(application.Round).SelectMany(a => a.Request.Children).Select(c => c.Pseudonym).ToHashSet(StringComparer.Ordinal);
            var duplicate = application.Request.Children.FirstOrDefault(c => taken.Contains(c.Pseudonym));
            if (duplicate is not null)
            {
                return duplicate.Pseudonym;
            }

            _applications[application.Id] = application;
            return null;
        }
    }

    public void Update(ChildcareApplication application) => _applications[application.Id] = application;
}
