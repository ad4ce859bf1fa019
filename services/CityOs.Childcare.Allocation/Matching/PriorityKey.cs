namespace CityOs.Childcare.Allocation;

/// <summary>
/// Strict priority of a child at one facility; smaller sorts first. Children already enrolled there come first
/// because they cannot be displaced; then ranked children by score, ties by ranking order; unranked children last.
/// </summary>
internal readonly record struct PriorityKey(int Tier, double NegatedScore, int Position, int ChildIndex)
    : IComparable<PriorityKey>
{
    public const int Enrolled = 0;
    public const int Ranked = 1;
    public const int Unranked = 2;

    public int CompareTo(PriorityKey other)
    {
        var c = Tier.CompareTo(other.Tier);
        if (c == 0) c = NegatedScore.CompareTo(other.NegatedScore);
        if (c == 0) c = Position.CompareTo(other.Position);
        return c != 0 ? c : ChildIndex.CompareTo(other.ChildIndex);
    }

    public static bool operator <(PriorityKey left, PriorityKey right) => left.CompareTo(right) < 0;

    public static bool operator >(PriorityKey left, PriorityKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(PriorityKey left, PriorityKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PriorityKey left, PriorityKey right) => left.CompareTo(right) >= 0;
}
