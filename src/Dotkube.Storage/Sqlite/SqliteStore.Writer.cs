
namespace Dotkube.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private readonly WriterCommands _commands;
    private readonly Lock _publishLock = new();
    private readonly List<WatchSubscriber> _subscribers = [];

    // Owned by the writer loop: the committed state as the writer knows it. The volatile
    // copies (_currentRevision, ...) are published only after a commit.
    private long _writerRevision;
    private long _writerCompacted;
    private long _writerCursor;
    private long _transactionCount;

    private async Task RunWriterAsync()
    {
        var reader = _requests.Reader;
        var batch = new List<WriteRequest>(_options.MaxBatchSize);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var request))
            {
                // Cancelled before the writer took it: nothing was written, so cancel is truthful.
                // Once taken, the write may commit and the caller gets its revision.
                if (request.CancellationToken.IsCancellationRequested)
                {
                    request.Completion.TrySetCanceled(request.CancellationToken);
                }
                else
                {
                    batch.Add(request);
                }
            }

            if (batch.Count > 0)
            {
                CommitBatch(batch);
            }
        }
    }

    /// <summary>
    /// Group commit: every request of the batch in one transaction with consecutive revisions,
    /// one fsync, then events published and callers answered in revision order. If the
    /// transaction fails, nothing of it happened and every request in it fails.
    /// </summary>
    private void CommitBatch(List<WriteRequest> batch)
    {
        var outcomes = new (long Result, Exception? Error)[batch.Count];
        var events = new List<StorageEvent>(batch.Count);
        var state = new BatchState(_writerRevision, _writerCompacted, _writerCursor);
        try
        {
            using var transaction = _writer.BeginTransaction();
            _commands.Bind(transaction);
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = Apply(batch[i], state, events);
            }

            if (state.Cursor < state.Compacted)
            {
                // Every transaction sweeps while compaction is behind, so the sweep keeps pace
                // with the writes instead of waiting for one compactor round trip per step.
                SweepStep(state, written: state.Revision - _writerRevision);
            }

            if (state.Revision != _writerRevision)
            {
                SetMeta("revision", state.Revision);
            }

            transaction.Commit();
        }
        catch (Exception error)
        {
            _commands.Bind(null);
            foreach (var request in batch)
            {
                request.Completion.TrySetException(error);
            }

            return;
        }

        _commands.Bind(null);
        _writerRevision = state.Revision;
        _writerCompacted = state.Compacted;
        _writerCursor = state.Cursor;
        Interlocked.Increment(ref _transactionCount);
        Publish(events, state);
        WakeCompactorIfDue(state.Revision, state.Compacted);
        if (state.CheckpointRequested)
        {
            // After the commit and outside any transaction, as SQLite requires; only the
            // checkpoint requests learn if it failed, the batch's writes are committed.
            var failure = TryCheckpoint();
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Kind == WriteKind.Checkpoint && failure is not null)
                {
                    outcomes[i] = (0, failure);
                }
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                batch[i].Completion.TrySetException(error);
            }
            else
            {
                // A compaction request learns what is left to sweep once the whole batch is done.
                batch[i].Completion.TrySetResult(batch[i].Kind == WriteKind.Compact ? state.Compacted - state.Cursor : outcomes[i].Result);
            }
        }
    }

    private (long Result, Exception? Error) Apply(WriteRequest request, BatchState state, List<StorageEvent> events)
    {
        switch (request.Kind)
        {
            case WriteKind.Compact:
                RaiseCompacted(request.Argument, state);
                return (0, null);
            case WriteKind.Checkpoint:
                state.CheckpointRequested = true;
                return (0, null);
        }

        var keyBytes = KeyBytes.Encode(request.Key);
        var stored = ReadCurrent(request.Key, keyBytes);
        switch (request.Kind)
        {
            case WriteKind.Create when stored is not null:
                return (0, new StorageException(StorageErrorCode.KeyExists, $"key {request.Key} already exists", stored));
            case WriteKind.Update or WriteKind.Delete when stored is null:
                return (0, new StorageException(StorageErrorCode.KeyNotFound, $"key {request.Key} not found"));
            case WriteKind.Update or WriteKind.Delete when request.Argument != 0 && request.Argument != stored!.ModRevision:
                return (0, new StorageException(StorageErrorCode.Conflict,
                    $"key {request.Key} is at mod revision {stored.ModRevision}, not {request.Argument}", stored));
        }

        var revision = ++state.Revision;
        if (request.Kind == WriteKind.Delete)
        {
            // As etcd: the delete event's key-value has only the key and the deletion's revision.
            InsertLog(revision, keyBytes, deleted: true, createRevision: 0, stored!.ModRevision, []);
            _commands.DeleteCurrent.Parameters[0].Value = keyBytes;
            _commands.DeleteCurrent.ExecuteNonQuery();
            events.Add(new StorageEvent(StorageEventType.Delete, new KeyValue(request.Key, [], 0, revision), stored));
            return (revision, null);
        }

        var createRevision = stored?.CreateRevision ?? revision;
        InsertLog(revision, keyBytes, deleted: false, createRevision, stored?.ModRevision ?? 0, request.Value);
        var upsert = _commands.UpsertCurrent.Parameters;
        upsert[0].Value = keyBytes;
        upsert[1].Value = createRevision;
        upsert[2].Value = revision;
        _commands.UpsertCurrent.ExecuteNonQuery();
        events.Add(new StorageEvent(StorageEventType.Put, new KeyValue(request.Key, request.Value, createRevision, revision), stored));
        return (revision, null);
    }

    private KeyValue? ReadCurrent(string key, byte[] keyBytes)
    {
        _commands.SelectCurrent.Parameters[0].Value = keyBytes;
        using var reader = _commands.SelectCurrent.ExecuteReader();
        return reader.Read()
            ? new KeyValue(key, reader.GetFieldValue<byte[]>(2), reader.GetInt64(0), reader.GetInt64(1))
            : null;
    }

    private void InsertLog(long revision, byte[] key, bool deleted, long createRevision, long prevRevision, byte[] value)
    {
        var parameters = _commands.InsertLog.Parameters;
        parameters[0].Value = revision;
        parameters[1].Value = key;
        parameters[2].Value = deleted ? 1 : 0;
        parameters[3].Value = createRevision;
        parameters[4].Value = prevRevision;
        parameters[5].Value = value;
        _commands.InsertLog.ExecuteNonQuery();
    }

    private void SetMeta(string name, long value)
    {
        _commands.SetMeta.Parameters[0].Value = name;
        _commands.SetMeta.Parameters[1].Value = value;
        _commands.SetMeta.ExecuteNonQuery();
    }

    /// <summary>
    /// Makes a committed batch visible: the revision first, then its events to every live
    /// watcher, all under the lock a new watch registers under, so a watch either sees a batch
    /// live or replays it from the log, never both and never neither. Offers never block.
    /// </summary>
    private void Publish(List<StorageEvent> events, BatchState state)
    {
        lock (_publishLock)
        {
            Volatile.Write(ref _currentRevision, state.Revision);
            Volatile.Write(ref _compactedRevision, state.Compacted);
            Volatile.Write(ref _compactCursor, state.Cursor);
            if (events.Count == 0 || _subscribers.Count == 0)
            {
                return;
            }

            foreach (var storageEvent in events)
            {
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Offer(storageEvent);
                }
            }

            _subscribers.RemoveAll(subscriber => subscriber.Overflowed);
        }
    }

    /// <summary>The writer's view of the state while a batch is being applied, committed as a whole.</summary>
    private sealed class BatchState(long revision, long compacted, long cursor)
    {
        public long Revision { get; set; } = revision;

        public long Compacted { get; set; } = compacted;

        public long Cursor { get; set; } = cursor;

        /// <summary>A WAL checkpoint is to run once the batch has committed.</summary>
        public bool CheckpointRequested { get; set; }
    }
}
