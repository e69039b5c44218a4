using System.Diagnostics;

namespace Dotkube.Bench.Storage;

/// <summary>
/// Write -> event latency at N watchers, store-agnostic: the caller supplies how to watch (a stream
/// of values) and how to write. One warm-up write is awaited at every watcher first, so the timed
/// writes measure live delivery, not watch set-up or catch-up.
/// </summary>
public static class WatchFanOut
{
    public static async Task<Latencies> RunAsync(int watchers, int writes, int valueSize,
        Func<CancellationToken, IAsyncEnumerable<byte[]>> watch, Func<byte[], Task> write, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var ready = new CountdownEvent(watchers);
        var perWatcher = new Latencies[watchers];
        var tasks = new Task[watchers];
        for (var i = 0; i < watchers; i++)
        {
            var latencies = perWatcher[i] = new Latencies();
            tasks[i] = Task.Run(async () =>
            {
                var warm = false;
                await foreach (var value in watch(stop.Token).ConfigureAwait(false))
                {
                    var now = Stopwatch.GetTimestamp();
                    if (Payload.IsWarmUp(value))
                    {
                        if (!warm)
                        {
                            warm = true;
                            ready.Signal();
                        }

                        continue;
                    }

                    latencies.Add(now - Payload.StampOf(value));
                    if (latencies.Count == writes)
                    {
                        return;
                    }
                }
            }, stop.Token);
        }

        // Warm-up writes until every watcher has seen one (watch set-up is asynchronous for etcd).
        do
        {
            await write(Payload.Stamped(valueSize, warmUp: true)).ConfigureAwait(false);
        }
        while (!ready.Wait(50, cancellationToken));

        for (var i = 0; i < writes; i++)
        {
            await write(Payload.Stamped(valueSize)).ConfigureAwait(false);
        }

        var all = Task.WhenAll(tasks);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30), cancellationToken)).ConfigureAwait(false) != all)
        {
            throw new TimeoutException("watchers did not receive every write within 30 s");
        }

        var result = new Latencies();
        foreach (var latencies in perWatcher)
        {
            result.AddRange(latencies);
        }

        return result;
    }
}
