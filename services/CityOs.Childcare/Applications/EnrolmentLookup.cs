namespace CityOs.Childcare.Applications;

/// <summary>
/// Which facility and class the children behind a pseudonym attend, read from their applications: the place of
/// the latest allocation outcome, else the current facility a transfer applicant named. The pseudonym may be a
/// child's or a parent's (then every child of their applications).
/// </summary>
public sealed class EnrolmentLookup(ApplicationStore applications)
{
    public async Task<IReadOnlyList<Enrolment>> ForAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var index = await applications.PersonAsync(pseudonym, cancellationToken);
        if (index is null)
        {
            return [];
        }

        var latest = new Dictionary<string, (string Round, Enrolment Enrolment)>(StringComparer.Ordinal);
        foreach (var entry in index.Entries)
        {
            if (await applications.FindAsync(entry.ApplicationId, cancellationToken) is not { } application)
            {
                continue;
            }

            foreach (var child in application.Request.Children.Where(c => entry.Role == PersonEntry.Parent || c.Pseudonym == pseudonym))
            {
                var placed = application.Status == ApplicationStatus.Withdrawn
                    ? null
                    : application.Outcome?.Children.FirstOrDefault(o => o.ChildPseudonym == child.Pseudonym)?.Facility;
                if ((placed ?? child.CurrentFacility) is not { } facility)
                {
                    continue;
                }

                if (!latest.TryGetValue(child.Pseudonym, out var known) || string.CompareOrdinal(application.Round, known.Round) >= 0)
                {
                    latest[child.Pseudonym] = (application.Round, new Enrolment(child.Pseudonym, facility, child.AgeClass));
                }
            }
        }

        return [.. latest.Values.Select(v => v.Enrolment).OrderBy(e => e.ChildPseudonym, StringComparer.Ordinal)];
    }
}

public sealed record Enrolment(string ChildPseudonym, string FacilityId, int AgeClass);
