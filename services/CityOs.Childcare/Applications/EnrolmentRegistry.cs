using System.Collections.Concurrent;

namespace CityOs.Childcare.Applications;

/// <summary>Which facility and class each child attends, by childcare pseudonym: from transfers' current places and allocation placements.</summary>
public sealed class EnrolmentRegistry
{
    private readonly ConcurrentDictionary<string, Enrolment> _byChild = new(StringComparer.Ordinal);

    public Enrolment? Find(string childPseudonym) => _byChild.GetValueOrDefault(childPseudonym);

    public void Set(string childPseudonym, string facilityId, int ageClass) => _byChild[childPseudonym] = new Enrolment(facilityId, ageClass);
}

public sealed record Enrolment(string FacilityId, int AgeClass);
