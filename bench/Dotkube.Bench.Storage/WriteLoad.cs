using System.Diagnostics;

namespace Dotkube.Bench.Storage;

/// <summary>Writes/s and latency of one concurrency level.</summary>
public sealed record WriteResult(int Writers, long Writes, double Seconds, double P50Ms, double P99Ms)
{
    public double WritesPerSecond => Writes / Seconds;
}

/// <summary>
/// Closed-loop load: <c>writers</c> tasks each issue their next write as soon as the previous one
/// is acknowledged, for a fixed time. Closed loop (not a fixed rate) because the question is the
/// throughput each store sustains at a given concurrency, like etcd's own <c>benchmark put</c>.
/// </summary>
public static class WriteLoad
{
    /// <summary>
    /// Runs <paramref name="write"/>(writer, sequence) from <paramref name="writers"/> tasks for
    /// <paramref name="duration"/>; the sequence counts per writer from 0.
    /// </summary>
    public static async Task<WriteResult> RunAsync(int writers, TimeSpan duration, Func<int, long, Task> write,
        CancellationToken cancellationToken)
    {
        var perWriter = new Latencies[writers];
        var started = Stopwatch.StartNew();
        var tasks = new Task[writers];
        for (var w = 0; w < writers; w++)
        {
            var writer = w;
            perWriter[writer] = new Latencies();
            tasks[writer] = Task.Run(async () =>
            {
                for (long i = 0; started.Elapsed < duration; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var t0 = Stopwatch.GetTimestamp();
                    await write(writer, i).ConfigureAwait(false);
                    perWriter[writer].Add(Stopwatch.GetTimestamp() - t0);
                }
            }, cancellationToken);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        var seconds = started.Elapsed.TotalSeconds;
        var all = new Latencies();
        foreach (var latencies in perWriter)
        {
            all.AddRange(latencies);
        }

        return new WriteResult(writers, all.Count, seconds, all.Percentile(50), all.Percentile(99));
    }
}
