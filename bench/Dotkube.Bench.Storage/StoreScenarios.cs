using System.Diagnostics;
using Dotkube.Storage;

namespace Dotkube.Bench.Storage;

/// <summary>
/// The scenarios run against any <see cref="IKeyValueStore"/> driver, through the contract only,
/// so the etcd driver plugs in without changes here.
/// </summary>
public static class StoreScenarios
{
    /// <summary>Each writer owns this many keys: it creates them, then updates them round-robin.</summary>
    private const int KeysPerWriter = 100;

    /// <summary>
    /// Closed-loop writes at <paramref name="writers"/>: creates of distinct keys, then conditional
    /// updates (expected mod revision = the last one seen, as the API server's updates are).
    /// </summary>
    public static Task<WriteResult> WritesAsync(IKeyValueStore store, int writers, BenchOptions options, CancellationToken cancellationToken)
    {
        var value = Payload.Random(options.ValueSize);
        var revisions = new long[writers][];
        for (var w = 0; w < writers; w++)
        {
            revisions[w] = new long[KeysPerWriter];
        }

        return WriteLoad.RunAsync(writers, TimeSpan.FromSeconds(options.DurationSeconds), async (w, i) =>
        {
            var slot = (int)(i % KeysPerWriter);
            var key = $"/registry/bench/c{writers}/w{w}/k{slot}";
            revisions[w][slot] = i < KeysPerWriter
                ? await store.CreateAsync(key, value, cancellationToken).ConfigureAwait(false)
                : await store.UpdateAsync(key, value, revisions[w][slot], cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Creates <see cref="BenchOptions.RangeKeys"/> keys, then times full Ranges of them.</summary>
    public static async Task<Latencies> RangeAsync(IKeyValueStore store, BenchOptions options, CancellationToken cancellationToken)
    {
        const string prefix = "/registry/rangebench/";
        var value = Payload.Random(options.ValueSize);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < options.RangeKeys)
            {
                await store.CreateAsync($"{prefix}k{k:D6}", value, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken))).ConfigureAwait(false);

        var latencies = new Latencies();
        for (var i = 0; i < options.RangeIterations + 1; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var result = await store.RangeAsync(prefix, cancellationToken: cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetTimestamp() - t0;
            if (result.Items.Count != options.RangeKeys)
            {
                throw new InvalidOperationException($"range returned {result.Items.Count} keys, expected {options.RangeKeys}");
            }

            // The first call warms connections and caches; it is not timed.
            if (i > 0)
            {
                latencies.Add(elapsed);
            }
        }

        return latencies;
    }

    public static Task<Latencies> WatchAsync(IKeyValueStore store, BenchOptions options, CancellationToken cancellationToken)
    {
        const string prefix = "/registry/watchbench/";
        var from = store.CurrentRevision;
        long n = 0;
        return WatchFanOut.RunAsync(options.Watchers, options.WatchWrites, options.ValueSize,
            token => Values(store.WatchAsync(prefix, from, token), token),
            value => store.CreateAsync($"{prefix}k{Interlocked.Increment(ref n)}", value, cancellationToken),
            cancellationToken);
    }

    private static async IAsyncEnumerable<byte[]> Values(IAsyncEnumerable<StorageEvent> events,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return e.Current.Value;
        }
    }
}
