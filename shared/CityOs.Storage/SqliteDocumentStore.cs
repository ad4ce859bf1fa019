using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CityOs.Storage;

/// <summary>
/// The embedded default: every container lives in one SQLite table in WAL mode, so readers never
/// block the single writer and a crash never leaves half a document.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly string _connectionString;

    public SqliteDocumentStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS documents (
                container TEXT NOT NULL,
                partition TEXT NOT NULL,
                id TEXT NOT NULL,
                etag TEXT NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (container, partition, id)
            ) WITHOUT ROWID;
            """);
    }

    public Task<StoredDocument<T>?> GetAsync<T>(string container, string partition, string id, CancellationToken cancellationToken = default) =>
        Run(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT etag, body FROM documents WHERE container = $c AND partition = $p AND id = $id";
            AddKey(command, container, partition, id);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new StoredDocument<T>(id, partition, reader.GetString(0), Deserialize<T>(reader.GetString(1)))
                : null;
        });

    public Task<IReadOnlyList<StoredDocument<T>>> QueryAsync<T>(string container, string partition, DocumentFilter? filter = null, CancellationToken cancellationToken = default) =>
        Select<T>(container, partition, filter);

    public Task<IReadOnlyList<StoredDocument<T>>> ScanAsync<T>(string container, DocumentFilter? filter = null, CancellationToken cancellationToken = default) =>
        Select<T>(container, partition: null, filter);

    private Task<IReadOnlyList<StoredDocument<T>>> Select<T>(string container, string? partition, DocumentFilter? filter) =>
        Run<IReadOnlyList<StoredDocument<T>>>(connection =>
        {
            using var command = connection.CreateCommand();
            var sql = new System.Text.StringBuilder("SELECT id, partition, etag, body FROM documents WHERE container = $c");
            command.Parameters.AddWithValue("$c", container);
            if (partition is not null)
            {
                sql.Append(" AND partition = $p");
                command.Parameters.AddWithValue("$p", partition);
            }

            var clauses = filter?.Clauses ?? [];
            for (var i = 0; i < clauses.Count; i++)
            {
                var clause = clauses[i];
                var column = $"json_extract(body, '$.{FilterPath.Validate(clause.Path)}')";
                var value = ToSqlValue(clause.Value);
                if (value is null)
                {
                    sql.Append(clause.Operator switch
                    {
                        FilterOperator.Equal => $" AND {column} IS NULL",
                        FilterOperator.NotEqual => $" AND {column} IS NOT NULL",
                        _ => throw new ArgumentException("Only equality compares with null."),
                    });
                    continue;
                }

                sql.Append($" AND {column} {SqlOperator(clause.Operator)} $v{i}");
                command.Parameters.AddWithValue($"$v{i}", value);
            }

            sql.Append(partition is null ? " ORDER BY partition, id" : " ORDER BY id");
            if (filter?.Limit is { } limit)
            {
                sql.Append($" LIMIT {limit}");
            }

            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            var results = new List<StoredDocument<T>>();
            while (reader.Read())
            {
                results.Add(new StoredDocument<T>(reader.GetString(0), reader.GetString(1), reader.GetString(2), Deserialize<T>(reader.GetString(3))));
            }

            return results;
        });

    public Task<StoredDocument<T>> CreateAsync<T>(string container, string partition, string id, T value, CancellationToken cancellationToken = default) =>
        Run(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO documents (container, partition, id, etag, body) VALUES ($c, $p, $id, $etag, $body)";
            AddKey(command, container, partition, id);
            var etag = NewETag();
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(value, StoreJson.Options));
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                throw new DocumentConflictException(container, id);
            }

            return new StoredDocument<T>(id, partition, etag, value);
        });

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, string partition, string id, T value, string etag, CancellationToken cancellationToken = default) =>
        Run(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET etag = $new, body = $body WHERE container = $c AND partition = $p AND id = $id AND etag = $etag";
            AddKey(command, container, partition, id);
            var newETag = NewETag();
            command.Parameters.AddWithValue("$new", newETag);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(value, StoreJson.Options));
            if (command.ExecuteNonQuery() == 1)
            {
                return new StoredDocument<T>(id, partition, newETag, value);
            }

            throw Exists(connection, container, partition, id)
                ? new DocumentConflictException(container, id)
                : new DocumentNotFoundException(container, id);
        });

    public Task<bool> DeleteAsync(string container, string partition, string id, string? etag = null, CancellationToken cancellationToken = default) =>
        Run(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM documents WHERE container = $c AND partition = $p AND id = $id" + (etag is null ? "" : " AND etag = $etag");
            AddKey(command, container, partition, id);
            if (etag is not null)
            {
                command.Parameters.AddWithValue("$etag", etag);
            }

            if (command.ExecuteNonQuery() == 1)
            {
                return true;
            }

            return etag is not null && Exists(connection, container, partition, id)
                ? throw new DocumentConflictException(container, id)
                : false;
        });

    public Task PingAsync(CancellationToken cancellationToken = default) =>
        Run(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents WHERE 0";
            return command.ExecuteScalar();
        });

    private static bool Exists(SqliteConnection connection, string container, string partition, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE container = $c AND partition = $p AND id = $id";
        AddKey(command, container, partition, id);
        return command.ExecuteScalar() is not null;
    }

    private Task<TResult> Run<TResult>(Func<SqliteConnection, TResult> action)
    {
        try
        {
            using var connection = Open();
            return Task.FromResult(action(connection));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 or 10 or 13 or 14)
        {
            throw new StoreUnavailableException($"SQLite store unavailable: {ex.Message}", ex);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // synchronous is a per-connection setting: set only at creation it reached the first connection,
        // and every later commit paid a full sync. NORMAL in WAL mode still never corrupts the file.
        Execute(connection, "PRAGMA synchronous = NORMAL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void AddKey(SqliteCommand command, string container, string partition, string id)
    {
        command.Parameters.AddWithValue("$c", container);
        command.Parameters.AddWithValue("$p", partition);
        command.Parameters.AddWithValue("$id", id);
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, StoreJson.Options) ?? throw new InvalidDataException("Stored document is null.");

    private static string NewETag() => Guid.NewGuid().ToString("N");

    private static object? ToSqlValue(object? value)
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
            JsonValueKind.True => 1L,
            JsonValueKind.False => 0L,
            JsonValueKind.Null => null,
            _ => throw new ArgumentException($"Cannot filter on a {element.ValueKind} value."),
        };
    }

    private static string SqlOperator(FilterOperator op) => op switch
    {
        FilterOperator.Equal => "=",
        FilterOperator.NotEqual => "<>",
        FilterOperator.LessThan => "<",
        FilterOperator.LessThanOrEqual => "<=",
        FilterOperator.GreaterThan => ">",
        FilterOperator.GreaterThanOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
