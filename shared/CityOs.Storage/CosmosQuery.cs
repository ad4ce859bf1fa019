using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace CityOs.Storage;

/// <summary>Turns a <see cref="DocumentFilter"/> into Cosmos SQL over the envelope (<c>c.body.&lt;path&gt;</c>).</summary>
internal static class CosmosQuery
{
    public static QueryDefinition Build(string? partition, DocumentFilter? filter)
    {
        var sql = new StringBuilder("SELECT ");
        if (filter?.Limit is { } limit)
        {
            // An int, never user text: safe to splice, and the emulator does not take TOP @param.
            sql.Append($"TOP {limit} ");
        }

        sql.Append("c.id, c.pk, c._etag, c.body FROM c WHERE true");
        var parameters = new List<(string Name, object? Value)>();
        if (partition is not null)
        {
            // Also in the WHERE clause: the emulator ignores the partition-key header on queries.
            sql.Append(" AND c.pk = @pk");
            parameters.Add(("@pk", partition));
        }

        var clauses = filter?.Clauses ?? [];
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var property = "c.body." + FilterPath.Validate(clause.Path);
            var value = ToParameter(clause.Value);
            if (value is null)
            {
                // Missing and null are one thing in SQLite's json_extract; say so explicitly here.
                sql.Append(clause.Operator switch
                {
                    FilterOperator.Equal => $" AND (NOT IS_DEFINED({property}) OR IS_NULL({property}))",
                    FilterOperator.NotEqual => $" AND (IS_DEFINED({property}) AND NOT IS_NULL({property}))",
                    _ => throw new ArgumentException("Only equality compares with null."),
                });
                continue;
            }

            sql.Append($" AND {property} {Operator(clause.Operator)} @v{i}");
            parameters.Add(($"@v{i}", value));
        }

        sql.Append(partition is null ? " ORDER BY c.pk, c.id" : " ORDER BY c.id");
        var query = new QueryDefinition(sql.ToString());
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }

        return query;
    }

    /// <summary>The filter value as the JSON scalar the body holds (enums as strings, times as ISO text).</summary>
    private static object? ToParameter(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var element = JsonSerializer.SerializeToElement(value, value.GetType(), StoreJson.Options);
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new ArgumentException($"Cannot filter on a {element.ValueKind} value."),
        };
    }

    private static string Operator(FilterOperator op) => op switch
    {
        FilterOperator.Equal => "=",
        FilterOperator.NotEqual => "!=",
        FilterOperator.LessThan => "<",
        FilterOperator.LessThanOrEqual => "<=",
        FilterOperator.GreaterThan => ">",
        FilterOperator.GreaterThanOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
