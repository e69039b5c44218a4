using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const long SchemaVersion = 1;

    /// <summary>
    /// <c>log</c>: one row per write, the revision is the rowid. A delete is a tombstone row
    /// (<c>deleted = 1</c>, empty value) whose <c>prev_revision</c> points at the deleted value,
    /// so delete events can carry it. <c>prev_revision</c> also chains each key's versions,
    /// which is what lets compaction find superseded rows without scanning.
    /// <c>current</c>: each live key's create and mod revision; its value is the log row at
    /// <c>mod_revision</c> (values are stored once). <c>meta</c>: the revision counter, which must
    /// survive compaction deleting the rows that held it, and the compaction state.
    /// </summary>
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS log (
            revision INTEGER PRIMARY KEY,
            key BLOB NOT NULL,
            deleted INTEGER NOT NULL,
            create_revision INTEGER NOT NULL,
            prev_revision INTEGER NOT NULL,
            value BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS log_key_revision ON log (key, revision);
        CREATE TABLE IF NOT EXISTS current (
            key BLOB PRIMARY KEY,
            create_revision INTEGER NOT NULL,
            mod_revision INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS meta (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO meta (name, value) VALUES
            ('schema', 1), ('revision', 0), ('compacted', 0), ('compact_cursor', 0);
        """;

    private void Initialize()
    {
        // auto_vacuum only takes effect before the first table exists; INCREMENTAL lets the
        // compaction sweep hand surplus free pages back to the file system in small steps
        // (SqliteStore.Pages.cs) without a full VACUUM, which would block writers.
        Execute("PRAGMA auto_vacuum = INCREMENTAL;");
        Execute("PRAGMA journal_mode = WAL;");
        // FULL fsyncs the WAL on every commit: an acknowledged write survives power loss.
        Execute(_options.Relaxed ? "PRAGMA synchronous = NORMAL;" : "PRAGMA synchronous = FULL;");
        // After a checkpoint resets the WAL, truncate it to this size so one burst does not
        // leave a large -wal file behind for good.
        Execute("PRAGMA journal_size_limit = 16777216;");
        Execute(Schema);

        var schema = ReadMeta(_writer, null, "schema");
        if (schema != SchemaVersion)
        {
            throw new InvalidOperationException($"{_options.Path}: unsupported storage schema version {schema}");
        }

        // The meta row is authoritative; the log maximum is a belt-and-braces check in case the
        // file was written by something that did not keep meta in step.
        using var max = _writer.CreateCommand();
        max.CommandText = "SELECT COALESCE(MAX(revision), 0) FROM log;";
        var logMax = (long)max.ExecuteScalar()!;
        _writerRevision = Math.Max(ReadMeta(_writer, null, "revision"), logMax);
        _writerCompacted = ReadMeta(_writer, null, "compacted");
        _writerCursor = ReadMeta(_writer, null, "compact_cursor");
        _currentRevision = _writerRevision;
        _compactedRevision = _writerCompacted;
        _compactCursor = _writerCursor;
    }

    private void Execute(string sql)
    {
        using var command = _writer.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long ReadMeta(SqliteConnection connection, SqliteTransaction? transaction, string name)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE name = $name;";
        command.Parameters.AddWithValue("$name", name);
        return (long)command.ExecuteScalar()!;
    }
}
