using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Sqlite;

/// <summary>
/// The writer's statements, prepared once and rebound per write: the writer runs thousands of
/// them per second, and re-parsing SQL each time would cost more than the write itself.
/// </summary>
internal sealed class WriterCommands : IDisposable
{
    public WriterCommands(SqliteConnection connection)
    {
        SelectCurrent = Create(connection, """
            SELECT c.create_revision, c.mod_revision, l.value
            FROM current c JOIN log l ON l.revision = c.mod_revision
            WHERE c.key = $key;
            """, "$key");
        InsertLog = Create(connection, """
            INSERT INTO log (revision, key, deleted, create_revision, prev_revision, value)
            VALUES ($revision, $key, $deleted, $create, $prev, $value);
            """, "$revision", "$key", "$deleted", "$create", "$prev", "$value");
        UpsertCurrent = Create(connection, """
            INSERT INTO current (key, create_revision, mod_revision) VALUES ($key, $create, $revision)
            ON CONFLICT (key) DO UPDATE SET mod_revision = excluded.mod_revision;
            """, "$key", "$create", "$revision");
        DeleteCurrent = Create(connection, "DELETE FROM current WHERE key = $key;", "$key");
        SetMeta = Create(connection, "UPDATE meta SET value = $value WHERE name = $name;", "$name", "$value");
        // A row is superseded once a later row at or below the compaction target names it as
        // its previous version; the chain makes this an index lookup per swept row.
        DeleteSuperseded = Create(connection, """
            DELETE FROM log WHERE revision IN (
                SELECT prev_revision FROM log WHERE revision > $from AND revision <= $to AND prev_revision > 0);
            """, "$from", "$to");
        // Tombstones at or below the target are not needed by any read at or above it
        // (etcd drops them the same way); their deleted values went with the statement above.
        DeleteTombstones = Create(connection,
            "DELETE FROM log WHERE revision > $from AND revision <= $to AND deleted = 1;", "$from", "$to");
    }

    public SqliteCommand SelectCurrent { get; }

    public SqliteCommand InsertLog { get; }

    public SqliteCommand UpsertCurrent { get; }

    public SqliteCommand DeleteCurrent { get; }

    public SqliteCommand SetMeta { get; }

    public SqliteCommand DeleteSuperseded { get; }

    public SqliteCommand DeleteTombstones { get; }

    private IEnumerable<SqliteCommand> All =>
        [SelectCurrent, InsertLog, UpsertCurrent, DeleteCurrent, SetMeta, DeleteSuperseded, DeleteTombstones];

    /// <summary>The writer's open transaction, for the occasional unprepared statement that must run in it.</summary>
    public SqliteTransaction? Transaction { get; private set; }

    public void Bind(SqliteTransaction? transaction)
    {
        Transaction = transaction;
        foreach (var command in All)
        {
            command.Transaction = transaction;
        }
    }

    public void Dispose()
    {
        foreach (var command in All)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
