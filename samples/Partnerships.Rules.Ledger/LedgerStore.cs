using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Partnerships.Rules.Ledger;

/// <summary>
/// The ledger's SQLite database: a versioned schema, the library's state as its audit JSON under a key, an
/// append-only audit table, and readable tables of payments and reclaims. Every step runs in one transaction.
/// </summary>
public sealed class LedgerStore : IDisposable
{
    /// <summary>The schema this version writes and reads.</summary>
    public const int SchemaVersion = 1;

    private static readonly string[] CreateSchema =
    [
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "CREATE TABLE state (key TEXT PRIMARY KEY, kind TEXT NOT NULL, record TEXT NOT NULL)",
        "CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, step TEXT NOT NULL, arguments TEXT NOT NULL, kind TEXT NOT NULL, recorded_at TEXT, record TEXT NOT NULL)",
        "CREATE TABLE payments (recipient TEXT NOT NULL, quarter TEXT NOT NULL, payment_date TEXT, amount_pence INTEGER NOT NULL, PRIMARY KEY (recipient, quarter))",
        "CREATE TABLE reclaims (review TEXT NOT NULL, recipient TEXT NOT NULL, allocation_pence INTEGER NOT NULL, forecast_pence INTEGER NOT NULL, underspend_pence INTEGER NOT NULL, tolerance_pence INTEGER NOT NULL, reclaimed_pence INTEGER NOT NULL, PRIMARY KEY (review, recipient))",
        "INSERT INTO schema_version (version) VALUES (1)",
    ];

    private readonly SqliteConnection connection;
    private SqliteTransaction? transaction;

    private LedgerStore(SqliteConnection connection) => this.connection = connection;

    /// <summary>The database file.</summary>
    public string Path { get; private init; } = "";

    /// <summary>Opens an existing ledger; refuses a missing file, a file that is not a ledger, and an unknown schema version.</summary>
    public static LedgerStore Open(string path, bool readOnly)
    {
        if (!File.Exists(path))
        {
            throw new LedgerException($"There is no ledger at {path}; run 'init' first (or give --db).");
        }

        var store = Connect(path, readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite);
        try
        {
            store.CheckVersion();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Creates a new ledger with the current schema inside the step's transaction; refuses an existing file.</summary>
    public static LedgerStore Create(string path)
    {
        if (File.Exists(path))
        {
            // A ledger already there is refused by 'init' after reading its version, so an unknown file is named as such.
            var existing = Open(path, readOnly: true);
            existing.Dispose();
            throw new LedgerException($"The ledger at {path} is already initialised; 'init' runs once per ledger.");
        }

        var store = Connect(path, SqliteOpenMode.ReadWriteCreate);
        store.Begin();
        foreach (var sql in CreateSchema)
        {
            store.Execute(sql);
        }

        return store;
    }

    private static LedgerStore Connect(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return new LedgerStore(connection) { Path = path };
    }

    private void CheckVersion()
    {
        long? version;
        try
        {
            version = Scalar("SELECT version FROM schema_version") as long?;
        }
        catch (SqliteException e)
        {
            throw new LedgerException($"{Path} is not a ledger database ({e.SqliteErrorCode switch { 1 => "it has no schema_version table", 26 => "it is not a SQLite database", _ => e.Message }}).");
        }

        if (version != SchemaVersion)
        {
            throw new LedgerException(string.Create(CultureInfo.InvariantCulture, $"The ledger at {Path} has schema version {version?.ToString(CultureInfo.InvariantCulture) ?? "none"}; this ledger reads schema version {SchemaVersion}{(version > SchemaVersion ? ": it was written by a newer ledger" : "")}. Nothing was changed."));
        }
    }

    /// <summary>Starts the step's transaction (once).</summary>
    public void Begin() => transaction ??= connection.BeginTransaction();

    /// <summary>Commits the step.</summary>
    public void Commit()
    {
        transaction?.Commit();
        transaction = null;
    }

    /// <summary>The record stored under a key, or null.</summary>
    public string? Get(string key) => Scalar("SELECT record FROM state WHERE key = $key", ("$key", key)) as string;

    /// <summary>The keys of the state, in order.</summary>
    public IReadOnlyList<string> Keys()
    {
        using var command = Command("SELECT key FROM state ORDER BY key");
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Stores (or replaces) a state record.</summary>
    public void Put(string key, string kind, string record) =>
        Execute("INSERT INTO state (key, kind, record) VALUES ($key, $kind, $record) ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, record = excluded.record", ("$key", key), ("$kind", kind), ("$record", record));

    /// <summary>Appends a step's audit record.</summary>
    public void Audit(string step, string arguments, string kind, string? recordedAt, string record) =>
        Execute("INSERT INTO audit (step, arguments, kind, recorded_at, record) VALUES ($step, $arguments, $kind, $at, $record)", ("$step", step), ("$arguments", arguments), ("$kind", kind), ("$at", recordedAt), ("$record", record));

    /// <summary>Every audit record, oldest first.</summary>
    public IReadOnlyList<(long Seq, string Step, string Kind, string Record)> AuditRecords()
    {
        using var command = Command("SELECT seq, step, kind, record FROM audit ORDER BY seq");
        using var reader = command.ExecuteReader();
        var records = new List<(long, string, string, string)>();
        while (reader.Read())
        {
            records.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return records;
    }

    /// <summary>Runs a statement in the step's transaction.</summary>
    public void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        Begin();
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Rolls back what was not committed and closes the file.</summary>
    public void Dispose()
    {
        transaction?.Dispose();
        connection.Dispose();
    }
}
