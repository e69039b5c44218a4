using System.Text;
using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<KeyValue?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.create_revision, c.mod_revision, l.value
            FROM current c JOIN log l ON l.revision = c.mod_revision
            WHERE c.key = $key;
            """;
        command.Parameters.AddWithValue("$key", KeyBytes.Encode(key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new KeyValue(key, reader.GetFieldValue<byte[]>(2), reader.GetInt64(0), reader.GetInt64(1))
            : null;
    }

    /// <summary>
    /// One read transaction, so the page, the revision it reports and the remaining count come
    /// from the same WAL snapshot. At the current revision the <c>current</c> table answers
    /// directly; an older revision takes, per key, the newest log row at or below it.
    /// </summary>
    public async Task<RangeResult> RangeAsync(string prefix, long atRevision = 0, int limit = 0, string? continueAfterKey = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(atRevision);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var head = ReadMeta(connection, transaction, "revision");
        var compacted = ReadMeta(connection, transaction, "compacted");
        if (atRevision > head)
        {
            // etcd: "mvcc: required revision is a future revision".
            throw new ArgumentOutOfRangeException(nameof(atRevision), atRevision, $"future revision: the store is at {head}");
        }

        if (atRevision != 0 && atRevision < compacted)
        {
            throw new StorageException(StorageErrorCode.Compacted,
                $"revision {atRevision} has been compacted (compacted revision {compacted})");
        }

        var revision = atRevision == 0 ? head : atRevision;
        var historical = revision != head;
        var range = new KeyRange(prefix, continueAfterKey);
        var items = new List<KeyValue>();
        await using (var command = RangeCommand(connection, transaction, range, historical, revision, count: false, limit))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new KeyValue(KeyBytes.Decode(reader.GetFieldValue<byte[]>(0)), reader.GetFieldValue<byte[]>(3),
                    reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        var remaining = 0L;
        if (limit > 0 && items.Count == limit)
        {
            var rest = new KeyRange(prefix, items[^1].Key);
            await using var command = RangeCommand(connection, transaction, rest, historical, revision, count: true, 0);
            remaining = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        return new RangeResult(items, revision, remaining > 0, remaining);
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static SqliteCommand RangeCommand(SqliteConnection connection, SqliteTransaction transaction, KeyRange range,
        bool historical, long revision, bool count, int limit)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder();
        var k = historical ? "l.key" : "c.key";
        sql.Append(count ? "SELECT COUNT(*) " : historical
            ? "SELECT l.key, l.create_revision, l.revision, l.value "
            : "SELECT c.key, c.create_revision, c.mod_revision, l.value ");
        sql.Append(historical ? "FROM log l " : count ? "FROM current c " : "FROM current c JOIN log l ON l.revision = c.mod_revision ");
        sql.Append($"WHERE {k} >= $start ");
        command.Parameters.AddWithValue("$start", range.Start);
        if (range.End is not null)
        {
            sql.Append($"AND {k} < $end ");
            command.Parameters.AddWithValue("$end", range.End);
        }

        if (range.After is not null)
        {
            sql.Append($"AND {k} > $after ");
            command.Parameters.AddWithValue("$after", range.After);
        }

        if (historical)
        {
            // The newest version at or below the revision, unless that version is a deletion.
            sql.Append("""
                AND l.revision <= $revision AND l.deleted = 0
                AND l.revision = (SELECT MAX(m.revision) FROM log m WHERE m.key = l.key AND m.revision <= $revision)
                """);
            command.Parameters.AddWithValue("$revision", revision);
        }

        if (!count)
        {
            sql.Append($" ORDER BY {k}");
            if (limit > 0)
            {
                sql.Append(" LIMIT $limit");
                command.Parameters.AddWithValue("$limit", limit);
            }
        }

        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Keys starting with a prefix, optionally only those after a continue key, as byte bounds.</summary>
    private sealed class KeyRange
    {
        public KeyRange(string prefix, string? after)
        {
            Start = KeyBytes.Encode(prefix);
            End = KeyBytes.PrefixEnd(Start);
            After = after is null ? null : KeyBytes.Encode(after);
        }

        public byte[] Start { get; }

        public byte[]? End { get; }

        public byte[]? After { get; }
    }
}
