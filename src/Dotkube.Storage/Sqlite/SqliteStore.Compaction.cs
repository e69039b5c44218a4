namespace Dotkube.Storage.Sqlite;

public sealed partial class SqliteStore
{
    // Set by the writer when a batch's worth of history can be compacted, replaced by the
    // compactor each time it wakes: a coalescing wake-up that costs the writer one TrySetResult.
    private TaskCompletionSource _compactorWake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The highest revision the time window allows compacting to: everything after it was
    // written within HistoryWindow. Unbounded when there is no time window.
    private long _timeFloor;

    /// <summary>
    /// Discards history at or below <paramref name="revision"/>, keeping for every key its newest
    /// version at or below it (so a Range at exactly <paramref name="revision"/> still works, as
    /// in etcd). The new compacted revision is committed at once; the sweep of the rows below it
    /// then runs in steps at the end of writer transactions, interleaved with client writes. Its
    /// progress is persisted with each step, so a sweep cut short by a crash resumes with the
    /// first transaction after the restart.
    /// </summary>
    public async Task CompactAsync(long revision, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (revision < 0 || revision > CurrentRevision)
        {
            // etcd answers a compaction beyond the head with ErrFutureRev.
            throw new ArgumentOutOfRangeException(nameof(revision), revision,
                $"cannot compact beyond the current revision {CurrentRevision}");
        }

        while (revision > CompactedRevision || Volatile.Read(ref _compactCursor) < CompactedRevision)
        {
            var remaining = await EnqueueRequestAsync(
                new WriteRequest(WriteKind.Compact, string.Empty, [], revision, cancellationToken)).ConfigureAwait(false);
            if (remaining == 0)
            {
                return;
            }
        }
    }

    /// <summary>Runs inside a writer batch: raises the compacted revision if <paramref name="target"/> is higher.</summary>
    private void RaiseCompacted(long target, BatchState state)
    {
        if (target > state.Compacted)
        {
            state.Compacted = target;
            SetMeta("compacted", target);
        }
    }

    /// <summary>
    /// Runs at the end of a writer batch while the sweep is behind the compacted revision:
    /// deletes the history of one step of revisions above the cursor and hands some of the freed
    /// pages back to the file system. A step is <see cref="SqliteStoreOptions.CompactionBatchSize"/>
    /// revisions, or twice what the batch itself <paramref name="written"/> if that is more, so
    /// a sustained write load can never outrun its own compaction.
    /// </summary>
    private void SweepStep(BatchState state, long written)
    {
        var step = Math.Max(_options.CompactionBatchSize, 2 * written);
        var to = Math.Min(state.Cursor + step, state.Compacted);
        foreach (var command in new[] { _commands.DeleteSuperseded, _commands.DeleteTombstones })
        {
            command.Parameters[0].Value = state.Cursor;
            command.Parameters[1].Value = to;
            command.ExecuteNonQuery();
        }

        state.Cursor = to;
        SetMeta("compact_cursor", to);
        ReleaseFreePages();
    }

    /// <summary>
    /// The background compactor. Like etcd's periodic compactor it samples the revision on every
    /// tick and never compacts past the newest sample older than the window, nor past
    /// <see cref="SqliteStoreOptions.HistoryRevisions"/> below the head: whichever keeps more.
    /// Besides the tick, the writer wakes it as soon as a batch's worth of history is due, so
    /// under churn history stays near its bound instead of growing by a whole interval of writes
    /// (17k writes/s for 30 s would be half a million rows). Each tick ends with a WAL
    /// checkpoint. Time comes from the injected <see cref="TimeProvider"/>.
    /// </summary>
    private async Task RunCompactorAsync(CancellationToken cancellationToken)
    {
        // The first sample is the head at open: all of it is at least as old as now.
        var samples = new List<(DateTimeOffset At, long Revision)>();
        UpdateTimeFloor(samples, _options.TimeProvider.GetUtcNow());
        using var timer = new PeriodicTimer(_options.CompactionInterval, _options.TimeProvider);
        try
        {
            var tick = timer.WaitForNextTickAsync(cancellationToken).AsTask();
            while (true)
            {
                var wake = Volatile.Read(ref _compactorWake).Task;
                await Task.WhenAny(tick, wake).ConfigureAwait(false);
                var ticked = tick.IsCompleted;
                if (ticked)
                {
                    if (!await tick.ConfigureAwait(false))
                    {
                        return;
                    }

                    tick = timer.WaitForNextTickAsync(cancellationToken).AsTask();
                    UpdateTimeFloor(samples, _options.TimeProvider.GetUtcNow());
                }

                if (wake.IsCompleted)
                {
                    // Replaced before the target is read: a write that lands after this wakes
                    // the new source, one before it is covered by the target computed below.
                    Volatile.Write(ref _compactorWake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                }

                await RunMaintenanceAsync(checkpoint: ticked, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException)
        {
            // Stopping.
        }
    }

    /// <summary>Compacts to the current target, and checkpoints the WAL when asked; failures are kept for the next round.</summary>
    private async Task RunMaintenanceAsync(bool checkpoint, CancellationToken cancellationToken)
    {
        try
        {
            var target = CompactionTarget(CurrentRevision);
            if (target > CompactedRevision || Volatile.Read(ref _compactCursor) < CompactedRevision)
            {
                await CompactAsync(Math.Max(target, CompactedRevision), cancellationToken).ConfigureAwait(false);
            }

            if (checkpoint)
            {
                await EnqueueRequestAsync(new WriteRequest(WriteKind.Checkpoint, string.Empty, [], 0, cancellationToken))
                    .ConfigureAwait(false);
            }

            LastCompactionError = null;
        }
        catch (Exception error) when (error is not OperationCanceledException and not ObjectDisposedException)
        {
            // No logging dependency yet: remembered for diagnostics, retried next round.
            LastCompactionError = error;
        }
    }

    /// <summary>The last background compaction failure, cleared by the next success.</summary>
    internal Exception? LastCompactionError { get; private set; }

    /// <summary>Whichever of the time window and the revision count keeps more history.</summary>
    private long CompactionTarget(long head) => Math.Min(Volatile.Read(ref _timeFloor), head - _options.HistoryRevisions);

    /// <summary>
    /// Called by the writer after each commit: wakes the compactor once at least one sweep batch
    /// of history is due, so compaction keeps pace with the writes in batch-sized steps.
    /// </summary>
    private void WakeCompactorIfDue(long head, long compacted)
    {
        if (CompactionTarget(head) - compacted >= _options.CompactionBatchSize)
        {
            Volatile.Read(ref _compactorWake).TrySetResult();
        }
    }

    private void UpdateTimeFloor(List<(DateTimeOffset At, long Revision)> samples, DateTimeOffset now)
    {
        if (_options.HistoryWindow == TimeSpan.Zero)
        {
            Volatile.Write(ref _timeFloor, long.MaxValue);
            return;
        }

        samples.Add((now, CurrentRevision));
        var cutoff = now - _options.HistoryWindow;
        // Everything after the newest sample taken at or before the cutoff is inside the window;
        // older samples are no longer needed.
        var floor = 0L;
        var newestOld = 0;
        for (var i = 0; i < samples.Count && samples[i].At <= cutoff; i++)
        {
            floor = samples[i].Revision;
            newestOld = i;
        }

        samples.RemoveRange(0, newestOld);
        Volatile.Write(ref _timeFloor, floor);
    }
}
