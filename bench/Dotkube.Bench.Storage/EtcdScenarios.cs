using System.Diagnostics;
using Dotkube.Testing;

namespace Dotkube.Bench.Storage;

/// <summary>The same scenarios as <see cref="StoreScenarios"/>, against raw etcd (the anchor).</summary>
public static class EtcdScenarios
{
    public static Task<WriteResult> WritesAsync(EtcdGatewayClient etcd, int writers, BenchOptions options, CancellationToken cancellationToken)
    {
        var value = Payload.Random(options.ValueSize);
        return WriteLoad.RunAsync(writers, TimeSpan.FromSeconds(options.DurationSeconds),
            (w, i) => etcd.PutAsync($"/registry/bench/c{writers}/w{w}/k{i % 100}", value, cancellationToken),
            cancellationToken);
    }

    public static async Task<Latencies> RangeAsync(EtcdGatewayClient etcd, BenchOptions options, CancellationToken cancellationToken)
    {
        const string prefix = "/registry/rangebench/";
        var value = Payload.Random(options.ValueSize);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < options.RangeKeys)
            {
                await etcd.PutAsync($"{prefix}k{k:D6}", value, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken))).ConfigureAwait(false);

        var latencies = new Latencies();
        for (var i = 0; i < options.RangeIterations + 1; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var count = await etcd.RangeCountAsync(prefix, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetTimestamp() - t0;
            if (count != options.RangeKeys)
            {
                throw new InvalidOperationException($"etcd range returned {count} keys, expected {options.RangeKeys}");
            }

            if (i > 0)
            {
                latencies.Add(elapsed);
            }
        }

        return latencies;
    }

    public static Task<Latencies> WatchAsync(EtcdGatewayClient etcd, BenchOptions options, CancellationToken cancellationToken)
    {
        const string prefix = "/registry/watchbench/";
        long n = 0;
        return WatchFanOut.RunAsync(options.Watchers, options.WatchWrites, options.ValueSize,
            token => etcd.WatchValuesAsync(prefix, token),
            value => etcd.PutAsync($"{prefix}k{Interlocked.Increment(ref n)}", value, cancellationToken),
            cancellationToken);
    }
}
