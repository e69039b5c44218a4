using System.Globalization;
using Dotkube.Testing;

namespace Dotkube.Bench.Storage;

/// <summary>
/// The benchmark's phases. Each opens a fresh store per driver in its own scratch directory
/// and prints each driver's figure with its ratio to raw etcd measured in the same run.
/// </summary>
public static class Phases
{
    /// <summary>Writes/s and latency per concurrency level; the anchor runs right after the first driver at each level.</summary>
    public static async Task WritesAsync(IReadOnlyList<StoreDriver> drivers, EtcdGatewayClient? anchor, string tempDir,
        BenchOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"== writes: {options.ValueSize} B values, {options.DurationSeconds.ToString(CultureInfo.InvariantCulture)} s per level, creates then conditional updates ==");
        Report.WritesHeader();
        var etcdWrites = new Dictionary<int, WriteResult>();
        for (var d = 0; d < drivers.Count; d++)
        {
            var store = await drivers[d].Open(Directory.CreateDirectory(Path.Combine(tempDir, $"writes-{d}")).FullName).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                foreach (var writers in options.Concurrency)
                {
                    var ours = await StoreScenarios.WritesAsync(store, writers, options, cancellationToken).ConfigureAwait(false);
                    if (anchor is not null && !etcdWrites.ContainsKey(writers))
                    {
                        etcdWrites[writers] = await EtcdScenarios.WritesAsync(anchor, writers, options, cancellationToken).ConfigureAwait(false);
                        Report.Writes("raw etcd (anchor)", etcdWrites[writers], null);
                    }

                    Report.Writes(drivers[d].Name, ours, etcdWrites.GetValueOrDefault(writers));
                }
            }
        }
    }

    /// <summary>Range of <see cref="BenchOptions.RangeKeys"/> keys and write -> event at <see cref="BenchOptions.Watchers"/> watchers.</summary>
    public static async Task ReadsAsync(IReadOnlyList<StoreDriver> drivers, EtcdGatewayClient? anchor, string tempDir,
        BenchOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"== range of {options.RangeKeys:N0} keys ({options.RangeIterations} timed calls) and write -> event at {options.Watchers} watchers ({options.WatchWrites} writes) ==");
        Report.LatencyHeader();
        Latencies? etcdRange = null, etcdWatch = null;
        if (anchor is not null)
        {
            etcdRange = await EtcdScenarios.RangeAsync(anchor, options, cancellationToken).ConfigureAwait(false);
            etcdWatch = await EtcdScenarios.WatchAsync(anchor, options, cancellationToken).ConfigureAwait(false);
            Report.Latency("raw etcd (anchor)", "range", etcdRange, null);
            Report.Latency("raw etcd (anchor)", "watch", etcdWatch, null);
        }

        for (var d = 0; d < drivers.Count; d++)
        {
            var store = await drivers[d].Open(Directory.CreateDirectory(Path.Combine(tempDir, $"read-{d}")).FullName).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                Report.Latency(drivers[d].Name, "range", await StoreScenarios.RangeAsync(store, options, cancellationToken).ConfigureAwait(false), etcdRange);
                Report.Latency(drivers[d].Name, "watch", await StoreScenarios.WatchAsync(store, options, cancellationToken).ConfigureAwait(false), etcdWatch);
            }
        }
    }

    /// <summary>SQLite only: the anchor is the live data itself.</summary>
    public static async Task SizeAsync(string tempDir, BenchOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"== sqlite size after {options.Updates:N0} updates of {options.UpdateKeys:N0} keys, compaction on (history 1,000 revisions, tick every 1 s) ==");
        var size = await DbSizeScenario.RunAsync(Directory.CreateDirectory(Path.Combine(tempDir, "size")).FullName, options, cancellationToken)
            .ConfigureAwait(false);
        Report.Size(size);
    }
}
