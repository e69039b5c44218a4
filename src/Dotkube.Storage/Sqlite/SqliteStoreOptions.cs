namespace Dotkube.Storage.Sqlite;

/// <summary>
/// Settings of the embedded SQLite store. Every default is chosen to match what kube-apiserver
/// expects from etcd; <see cref="Validate"/> runs when the store opens.
/// </summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file (k3s: <c>/var/lib/rancher/k3s/server/db/state.db</c>). Its directory is created if missing.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// Keep at least this much history. Defaults to 5 minutes, as kube-apiserver's
    /// <c>--etcd-compaction-interval</c>: a watcher that reconnects within that time resumes
    /// instead of relisting. The compactor keeps whichever of this and
    /// <see cref="HistoryRevisions"/> retains more.
    /// </summary>
    public TimeSpan HistoryWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Keep at least this many revisions of history. Defaults to 10,000, so a burst of writes
    /// does not compact away what a briefly disconnected watcher still needs. Besides the
    /// <see cref="CompactionInterval"/> tick, the writer wakes the compactor as soon as
    /// <see cref="CompactionBatchSize"/> revisions beyond this (and beyond the time window) are
    /// due, so history stays near the larger of the two bounds under churn.
    /// </summary>
    public long HistoryRevisions { get; init; } = 10_000;

    /// <summary>
    /// How often the background compactor samples the revision for <see cref="HistoryWindow"/>,
    /// compacts, and checkpoints the WAL into the database (truncating the <c>-wal</c> file).
    /// Defaults to 30 s, a tenth of <see cref="HistoryWindow"/>, so history overshoots the window
    /// by at most ~10% (etcd's periodic compactor samples revisions at the same granularity)
    /// and the WAL holds at most about 30 s of writes beyond SQLite's auto-checkpoint.
    /// </summary>
    public TimeSpan CompactionInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Revisions of history swept per writer transaction while compaction is behind, and how
    /// far beyond the kept history compaction must be due before the writer wakes the compactor.
    /// Defaults to 1,000: each sweep is a few milliseconds inside a transaction that also carries
    /// client writes, instead of one long transaction that would stall them (kine's compactor
    /// batches for the same reason). A transaction that wrote more than half this sweeps twice
    /// what it wrote, so a sustained write load cannot outrun its own compaction.
    /// </summary>
    public int CompactionBatchSize { get; init; } = 1_000;

    /// <summary>
    /// At most this many writes share one transaction (group commit). Defaults to 1,000: one
    /// fsync amortised over many writers while one batch stays a few milliseconds long.
    /// </summary>
    public int MaxBatchSize { get; init; } = 1_000;

    /// <summary>
    /// Live events buffered per watcher. Defaults to 10,000 events. A watcher that falls further
    /// behind is not allowed to block the writer: it is switched to catching up from the log
    /// (like etcd's "unsynced" watchers) and fails with Compacted only if compaction overtakes it.
    /// </summary>
    public int WatchBufferSize { get; init; } = 10_000;

    /// <summary>
    /// Use <c>synchronous=NORMAL</c> instead of <c>FULL</c>. Defaults to false (durable). Relaxed
    /// mode gives up durability across power loss and OS crashes: the WAL is not fsynced on
    /// every commit, so the last acknowledged writes (up to the previous checkpoint) can be lost.
    /// The database stays consistent, and a crash of only the process loses nothing.
    /// </summary>
    public bool Relaxed { get; init; }

    /// <summary>The clock for the compactor's schedule and history window. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> for a setting the store cannot run with.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ArgumentException("Path is required", nameof(Path));
        }

        if (HistoryWindow < TimeSpan.Zero)
        {
            throw new ArgumentException("HistoryWindow must not be negative", nameof(HistoryWindow));
        }

        if (HistoryRevisions < 0)
        {
            throw new ArgumentException("HistoryRevisions must not be negative", nameof(HistoryRevisions));
        }

        if (CompactionInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("CompactionInterval must be positive", nameof(CompactionInterval));
        }

        if (CompactionBatchSize < 1 || MaxBatchSize < 1 || WatchBufferSize < 1)
        {
            throw new ArgumentException("CompactionBatchSize, MaxBatchSize and WatchBufferSize must be positive");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
