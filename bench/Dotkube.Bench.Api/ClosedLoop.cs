using System.Diagnostics;
using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>Requests per second and latency of a closed loop.</summary>
public sealed record ThroughputResult(string Name, int Clients, long Requests, long Errors, double Seconds, Latencies Latencies,
    double CpuMsPerRequest, double EtcdCpuMsPerRequest)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// Closed-loop load: each of N clients sends its next request when the previous one is answered,
/// for a fixed time. This finds the maximum rate (the question of the storage anchor), where the
/// open loop measures latency at a given rate.
/// </summary>
public static class ClosedLoop
{
    public static async Task<ThroughputResult> RunAsync(string name, int clients, TimeSpan duration, EtcdServer? etcd,
        Func<long, CancellationToken, Task<bool>> send, CancellationToken cancellationToken)
    {
        var perClient = new Latencies[clients];
        long errors = 0;
        long sequence = -1;
        var cpu = CpuMeter.Start(etcd);
        var started = Stopwatch.StartNew();
        var tasks = new Task[clients];
        for (var c = 0; c < clients; c++)
        {
            var latencies = perClient[c] = new Latencies();
            tasks[c] = Task.Run(async () =>
            {
                while (started.Elapsed < duration)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    if (await send(Interlocked.Increment(ref sequence), cancellationToken).ConfigureAwait(false))
                    {
                        latencies.Add(Stopwatch.GetTimestamp() - t0);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }, cancellationToken);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        var seconds = started.Elapsed.TotalSeconds;
        var (selfMs, etcdMs) = cpu.Elapsed();
        var merged = Merge(perClient);
        var requests = merged.Count;
        return new ThroughputResult(name, clients, requests, errors, seconds, merged,
            selfMs / Math.Max(1, requests + errors), etcdMs / Math.Max(1, requests + errors));
    }

    private static Latencies Merge(Latencies[] parts)
    {
        var merged = new Latencies();
        foreach (var part in parts)
        {
            merged.AddRange(part);
        }

        return merged;
    }
}
