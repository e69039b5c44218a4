using System.Diagnostics;
using System.Text;
using Dotkube.Storage.Sqlite;

namespace Dotkube.Bench.Storage;

/// <summary>
/// Sizes of the update run: live data (keys + values) against the files on disk, at the largest
/// seen during the run (<see cref="PeakBytes"/>) and once the store is idle (compaction caught
/// up, the compactor's tick checkpointed and truncated the WAL): <see cref="DbBytes"/> + <see cref="WalBytes"/>.
/// </summary>
public sealed record DbSizeResult(long Updates, double Seconds, long LiveBytes, long PeakBytes, long DbBytes, long WalBytes)
{
    public long FileBytes => DbBytes + WalBytes;

    public double Ratio => (double)FileBytes / LiveBytes;

    public double PeakRatio => (double)PeakBytes / LiveBytes;
}

/// <summary>
/// Database growth under compaction: <see cref="BenchOptions.Updates"/> updates cycling over
/// <see cref="BenchOptions.UpdateKeys"/> keys with the background compactor on and a small history
/// (1,000 revisions, no time window, ticking every second), so what remains on disk is live data
/// plus the kept history, SQLite's free-page reserve and the WAL, which is what issue 3 asks to bound.
/// </summary>
public static class DbSizeScenario
{
    /// <summary>Enough writers for group commit to batch, as in the 64-writer level.</summary>
    private const int Writers = 50;

    private const long HistoryRevisions = 1_000;

    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    public static async Task<DbSizeResult> RunAsync(string dir, BenchOptions options, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dir, "size.db");
        var value = Payload.Random(options.ValueSize);
        var keys = Enumerable.Range(0, options.UpdateKeys).Select(k => $"/registry/sizebench/k{k:D6}").ToArray();
        var store = await SqliteStore.OpenAsync(new SqliteStoreOptions
        {
            Path = path,
            HistoryWindow = TimeSpan.Zero,
            HistoryRevisions = HistoryRevisions,
            CompactionInterval = TimeSpan.FromSeconds(1),
        }, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            foreach (var key in keys)
            {
                await store.CreateAsync(key, value, cancellationToken).ConfigureAwait(false);
            }

            using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var peak = SamplePeakAsync(path, done.Token);
            var started = Stopwatch.StartNew();
            long next = -1;
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
            {
                long i;
                while ((i = Interlocked.Increment(ref next)) < options.Updates)
                {
                    await store.UpdateAsync(keys[i % keys.Length], value, 0, cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken))).ConfigureAwait(false);
            var seconds = started.Elapsed.TotalSeconds;
            await done.CancelAsync().ConfigureAwait(false);
            var peakBytes = await peak.ConfigureAwait(false);

            // As on an idle server: the compactor catches up with the head and its next tick
            // checkpoints the WAL into the database and truncates it.
            var settle = Stopwatch.StartNew();
            while ((store.CompactedRevision < store.CurrentRevision - HistoryRevisions || Size(path + "-wal") > 0)
                && settle.Elapsed < SettleTimeout)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }

            var live = keys.Sum(k => (long)Encoding.UTF8.GetByteCount(k) + value.Length);
            return new DbSizeResult(options.Updates, seconds, live, peakBytes, Size(path), Size(path + "-wal"));
        }
    }

    /// <summary>The largest database + WAL seen, sampled every 100 ms until cancelled.</summary>
    private static async Task<long> SamplePeakAsync(string path, CancellationToken cancellationToken)
    {
        var peak = 0L;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, Size(path) + Size(path + "-wal"));
            try
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return Math.Max(peak, Size(path) + Size(path + "-wal"));
    }

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
