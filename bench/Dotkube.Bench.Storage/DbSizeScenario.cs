using System.Text;
using Dotkube.Storage.Sqlite;

namespace Dotkube.Bench.Storage;

/// <summary>Sizes after the update run: live data (keys + values) against the files on disk.</summary>
public sealed record DbSizeResult(long Updates, double Seconds, long LiveBytes, long DbBytes, long WalBytes)
{
    public long FileBytes => DbBytes + WalBytes;

    public double Ratio => (double)FileBytes / LiveBytes;
}

/// <summary>
/// Database growth under compaction: <see cref="BenchOptions.Updates"/> updates cycling over
/// <see cref="BenchOptions.UpdateKeys"/> keys with the background compactor on and a small history
/// window (1,000 revisions, no time window, every second), so what remains on disk is live data
/// plus SQLite's free pages and WAL, which is what issue 3 asks to bound.
/// </summary>
public static class DbSizeScenario
{
    /// <summary>Enough writers for group commit to batch, as in the 64-writer level.</summary>
    private const int Writers = 50;

    public static async Task<DbSizeResult> RunAsync(string dir, BenchOptions options, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dir, "size.db");
        var value = Payload.Random(options.ValueSize);
        var keys = Enumerable.Range(0, options.UpdateKeys).Select(k => $"/registry/sizebench/k{k:D6}").ToArray();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var store = await SqliteStore.OpenAsync(new SqliteStoreOptions
        {
            Path = path,
            HistoryWindow = TimeSpan.Zero,
            HistoryRevisions = 1_000,
            CompactionInterval = TimeSpan.FromSeconds(1),
        }, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            foreach (var key in keys)
            {
                await store.CreateAsync(key, value, cancellationToken).ConfigureAwait(false);
            }

            long next = -1;
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
            {
                long i;
                while ((i = Interlocked.Increment(ref next)) < options.Updates)
                {
                    await store.UpdateAsync(keys[i % keys.Length], value, 0, cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken))).ConfigureAwait(false);

            // Let the compactor catch up with the head, as it would on an idle server.
            await Task.Delay(TimeSpan.FromSeconds(2.5), cancellationToken).ConfigureAwait(false);

            // Measured while open: the footprint of a running server, WAL included.
            var live = keys.Sum(k => (long)Encoding.UTF8.GetByteCount(k) + value.Length);
            return new DbSizeResult(options.Updates, started.Elapsed.TotalSeconds, live, Size(path), Size(path + "-wal"));
        }
    }

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
