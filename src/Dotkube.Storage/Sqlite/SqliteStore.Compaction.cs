namespace Dotkube.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Discards history at or below <paramref name="revision"/>, keeping for every key its newest
    /// version at or below it (so a Range at exactly <paramref name="revision"/> still works, as
    /// in etcd). The new compacted revision is committed first; the sweep then runs in small
    /// batches through the writer, interleaved with client writes. Its progress is persisted,
    /// so a sweep cut short by a crash resumes on the next compaction.
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

    /// <summary>
    /// Runs inside a writer batch: raises the compacted revision if <paramref name="target"/> is
    /// higher, then sweeps at most one batch of log rows above the cursor. Returns how many
    /// revisions are left to sweep.
    /// </summary>
    private long CompactStep(long target, BatchState state)
    {
        if (target > state.Compacted)
        {
            state.Compacted = target;
            SetMeta("compacted", target);
        }

        if (state.Cursor < state.Compacted)
        {
            var to = Math.Min(state.Cursor + _options.CompactionBatchSize, state.Compacted);
            foreach (var command in new[] { _commands.DeleteSuperseded, _commands.DeleteTombstones })
            {
                command.Parameters[0].Value = state.Cursor;
                command.Parameters[1].Value = to;
                command.ExecuteNonQuery();
            }

            state.Cursor = to;
            SetMeta("compact_cursor", to);
        }

        return state.Compacted - state.Cursor;
    }

    /// <summary>
    /// The background compactor. Like etcd's periodic compactor it samples the revision on every
    /// tick and compacts to the newest sample older than the window, but never past
    /// <see cref="SqliteStoreOptions.HistoryRevisions"/> below the head: whichever keeps more.
    /// Time comes from the injected <see cref="TimeProvider"/>.
    /// </summary>
    private async Task RunCompactorAsync(CancellationToken cancellationToken)
    {
        var samples = new List<(DateTimeOffset At, long Revision)>();
        using var timer = new PeriodicTimer(_options.CompactionInterval, _options.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                var target = NextCompactionTarget(samples, _options.TimeProvider.GetUtcNow());
                try
                {
                    await CompactAsync(Math.Max(target, 0), cancellationToken).ConfigureAwait(false);
                    LastCompactionError = null;
                }
                catch (Exception error) when (error is not OperationCanceledException and not ObjectDisposedException)
                {
                    // No logging dependency yet: remembered for diagnostics, retried next tick.
                    LastCompactionError = error;
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException)
        {
            // Stopping.
        }
    }

    /// <summary>The last background compaction failure, cleared by the next success.</summary>
    internal Exception? LastCompactionError { get; private set; }

    private long NextCompactionTarget(List<(DateTimeOffset At, long Revision)> samples, DateTimeOffset now)
    {
        var head = CurrentRevision;
        samples.Add((now, head));
        var cutoff = now - _options.HistoryWindow;
        // Everything after the newest sample taken at or before the cutoff is inside the window;
        // older samples are no longer needed.
        var byTime = 0L;
        var newestOld = 0;
        for (var i = 0; i < samples.Count && samples[i].At <= cutoff; i++)
        {
            byTime = samples[i].Revision;
            newestOld = i;
        }

        samples.RemoveRange(0, newestOld);
        return Math.Min(byTime, head - _options.HistoryRevisions);
    }
}
