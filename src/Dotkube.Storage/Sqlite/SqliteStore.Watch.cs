using System.Runtime.CompilerServices;

namespace Dotkube.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>Log rows read per replay transaction: bounds memory and how long one WAL snapshot stays open.</summary>
    private const int ReplayPageSize = 1_000;

    /// <summary>
    /// Registers a live subscriber at revision X under the publish lock, replays (from, X] from the
    /// log, then streams live events (all above X). A subscriber that overflows its buffer is
    /// dropped by the writer; the watch then re-registers and replays what it missed, like an
    /// etcd watcher moving from "synced" to "unsynced" and back. The stream ends when the store
    /// is disposed (as an etcd client's watch channel closes) and fails with
    /// <see cref="StorageErrorCode.Compacted"/> once history it still needs has been compacted.
    /// </summary>
    public async IAsyncEnumerable<StorageEvent> WatchAsync(string prefix, long fromRevision,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(fromRevision);
        var last = fromRevision;
        while (true)
        {
            var subscriber = Subscribe(prefix, out var registeredAt);
            if (subscriber is null)
            {
                yield break;
            }

            try
            {
                while (last < registeredAt)
                {
                    var page = await ReadHistoryAsync(prefix, last, registeredAt, cancellationToken).ConfigureAwait(false);
                    foreach (var storageEvent in page)
                    {
                        yield return storageEvent;
                    }

                    last = page.Count == ReplayPageSize ? page[^1].Revision : registeredAt;
                }

                await foreach (var storageEvent in subscriber.Channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (storageEvent.Revision > last)
                    {
                        last = storageEvent.Revision;
                        yield return storageEvent;
                    }
                }
            }
            finally
            {
                Unsubscribe(subscriber);
            }

            if (!subscriber.Overflowed)
            {
                yield break;
            }
        }
    }

    private WatchSubscriber? Subscribe(string prefix, out long registeredAt)
    {
        lock (_publishLock)
        {
            registeredAt = Volatile.Read(ref _currentRevision);
            if (Volatile.Read(ref _disposed) != 0)
            {
                return null;
            }

            var subscriber = new WatchSubscriber(prefix, _options.WatchBufferSize);
            _subscribers.Add(subscriber);
            return subscriber;
        }
    }

    private void Unsubscribe(WatchSubscriber subscriber)
    {
        lock (_publishLock)
        {
            _subscribers.Remove(subscriber);
        }
    }

    private void EndAllWatches()
    {
        lock (_publishLock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Channel.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    /// <summary>
    /// Events in (<paramref name="after"/>, <paramref name="upTo"/>] under the prefix, at most one
    /// page, with previous values joined through <c>prev_revision</c>. The compacted revision is
    /// read in the same snapshot as the rows: compaction commits its new compacted revision
    /// before deleting anything, so a snapshot missing rows always also sees why.
    /// </summary>
    private async Task<List<StorageEvent>> ReadHistoryAsync(string prefix, long after, long upTo, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var compacted = ReadMeta(connection, transaction, "compacted");
        if (after < compacted)
        {
            throw new StorageException(StorageErrorCode.Compacted,
                $"watch from revision {after}: history up to {compacted} has been compacted");
        }

        var range = new KeyRange(prefix, null);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT l.revision, l.key, l.deleted, l.create_revision, l.value, p.revision, p.create_revision, p.value
            FROM log l LEFT JOIN log p ON p.revision = l.prev_revision AND l.prev_revision > 0
            WHERE l.revision > $after AND l.revision <= $upTo AND l.key >= $start {(range.End is null ? "" : "AND l.key < $end")}
            ORDER BY l.revision LIMIT {ReplayPageSize};
            """;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$upTo", upTo);
        command.Parameters.AddWithValue("$start", range.Start);
        if (range.End is not null)
        {
            command.Parameters.AddWithValue("$end", range.End);
        }

        var events = new List<StorageEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = KeyBytes.Decode(reader.GetFieldValue<byte[]>(1));
            var previous = reader.IsDBNull(5)
                ? null
                : new KeyValue(key, reader.GetFieldValue<byte[]>(7), reader.GetInt64(6), reader.GetInt64(5));
            var deleted = reader.GetInt64(2) != 0;
            var current = new KeyValue(key, reader.GetFieldValue<byte[]>(4), reader.GetInt64(3), reader.GetInt64(0));
            events.Add(new StorageEvent(deleted ? StorageEventType.Delete : StorageEventType.Put, current, previous));
        }

        return events;
    }
}
