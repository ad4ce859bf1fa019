namespace CityOs.Consent.Records;

/// <summary>A request that cannot be applied; the API turns <see cref="Kind"/> into 400, 404 or 409.</summary>
public sealed class ConsentProblemException(ConsentProblemKind kind, string message, string? field = null) : Exception(message)
{
    public ConsentProblemKind Kind { get; } = kind;

    public string? Field { get; } = field;
}

public enum ConsentProblemKind
{
    Invalid,
    NotFound,
    Stale,
}
