namespace CityOs.Storage;

/// <summary>
/// A portable filter: conjunctions of comparisons on JSON property paths (camelCase, dot-separated).
/// Kept this small on purpose so that SQLite's json_extract and Cosmos SQL both express it exactly.
/// </summary>
public sealed record DocumentFilter
{
    public IReadOnlyList<FilterClause> Clauses { get; init; } = [];

    public int? Limit { get; init; }

    public static DocumentFilter Where(string path, FilterOperator op, object? value) =>
        new() { Clauses = [new FilterClause(path, op, value)] };

    public DocumentFilter And(string path, FilterOperator op, object? value) =>
        this with { Clauses = [.. Clauses, new FilterClause(path, op, value)] };

    public DocumentFilter Take(int limit) => this with { Limit = limit };
}

public sealed record FilterClause(string Path, FilterOperator Operator, object? Value);

public enum FilterOperator
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}
