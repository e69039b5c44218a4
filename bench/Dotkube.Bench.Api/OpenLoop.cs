using System.Diagnostics;
using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>One fixed-rate level: what was asked, what was done, and how long it took.</summary>
public sealed record RateResult(string Operation, string Backend, int TargetRate, long Scheduled, long Succeeded,
    IReadOnlyDictionary<string, int> Errors, double Seconds, Latencies Latencies, double CpuMsPerRequest, double EtcdCpuMsPerRequest,
    double GcPauseMs, int Gen2Collections)
{
    public long ErrorCount => Errors.Values.Sum();

    /// <summary>Successful requests per second, over the time from the first send to the last answer.</summary>
    public double AchievedRate => Succeeded / Seconds;
}

/// <summary>
/// An open-loop load generator: request i is due at start + i / rate whatever happened to the
/// earlier ones, and its latency is measured from that due time, not from when it was actually
/// sent. A server (or a generator starved of CPU) that falls behind therefore shows its queueing
/// in the percentiles instead of silently lowering the rate: no coordinated omission. Timers
/// have ~1 ms resolution, so at 2,000 req/s requests leave in small bursts of those due.
/// </summary>
public static class OpenLoop
{
    /// <summary>
    /// <c>--trace</c>: print one line per second while a level runs (answers, outstanding, thread
    /// pool threads and queue, CPU), to tell a CPU-bound server from one that waits.
    /// </summary>
    public static bool Trace { get; set; }

    /// <summary>With <see cref="Trace"/>: a probe of the server's own view (its /metrics), printed on each trace line.</summary>
    public static Func<Task<string>>? Probe { get; set; }

    private sealed class TracerHandle : IDisposable
    {
        public CancellationTokenSource Stop { get; } = new();

        public Task? Loop { get; set; }

        public void Dispose()
        {
            Stop.Cancel();
            Loop?.Wait(TimeSpan.FromSeconds(5));
            Stop.Dispose();
        }
    }

    /// <summary>How long answers may trail the last due time before the stragglers count as timeouts.</summary>
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs <paramref name="send"/>(i) at <paramref name="rate"/> per second for <paramref name="duration"/>;
    /// <paramref name="send"/> returns the HTTP status (2xx counts as success).
    /// </summary>
    public static async Task<RateResult> RunAsync(string operation, string backend, int rate, TimeSpan duration, int maxOutstanding,
        EtcdServer? etcd, Func<long, CancellationToken, Task<int>> send, CancellationToken cancellationToken)
    {
        var total = (long)(rate * duration.TotalSeconds);
        var latency = new long[total];
        var status = new int[total];
        var outstanding = 0;
        var lastAnswer = 0L;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = 1; // the scheduler's own reference, dropped when it has sent everything
        var exceptions = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        var cpu = CpuMeter.Start(etcd);
        var gcPause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var start = Stopwatch.GetTimestamp();
        long answered = 0;
        using var tracer = Trace ? StartTracer() : null;
        var interval = (double)Stopwatch.Frequency / rate;
        for (long i = 0; i < total; i++)
        {
            var due = start + (long)(i * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken).ConfigureAwait(false);
            }

            if (Volatile.Read(ref outstanding) >= maxOutstanding)
            {
                status[i] = -1; // shed: the generator refused to queue deeper
                continue;
            }

            Interlocked.Increment(ref outstanding);
            Interlocked.Increment(ref pending);
            _ = FireAsync(i, due);
        }

        if (Interlocked.Decrement(ref pending) == 0)
        {
            all.TrySetResult();
        }

        stop.CancelAfter(Drain);
        await all.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var seconds = (Math.Max(lastAnswer, start) - start) / (double)Stopwatch.Frequency;
        var (selfMs, etcdMs) = cpu.Elapsed();
        var gcPauseMs = (GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds;
        var gen2Collections = GC.CollectionCount(2) - gen2;

        var latencies = new Latencies();
        var errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long succeeded = 0;
        for (long i = 0; i < total; i++)
        {
            if (status[i] is >= 200 and < 300)
            {
                succeeded++;
                latencies.Add(latency[i]);
                continue;
            }

            var kind = status[i] switch
            {
                -1 => "shed",
                0 => "timeout",
                -2 => "exception (" + string.Join("; ", exceptions.Select(e => $"{e.Key}: {e.Value}")) + ")",
                var code => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            errors[kind] = errors.GetValueOrDefault(kind) + 1;
        }

        return new RateResult(operation, backend, rate, total, succeeded, errors, seconds > 0 ? seconds : duration.TotalSeconds,
            latencies, selfMs / Math.Max(1, total - errors.GetValueOrDefault("shed")), etcdMs / Math.Max(1, total - errors.GetValueOrDefault("shed")),
            gcPauseMs, gen2Collections);

        TracerHandle StartTracer()
        {
            var handle = new TracerHandle();
            handle.Loop = Task.Run(async () =>
            {
                var last = (Answered: 0L, Cpu: CpuMeter.Start(null), At: Stopwatch.GetTimestamp());
                while (!handle.Stop.IsCancellationRequested)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), handle.Stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    var now = Stopwatch.GetTimestamp();
                    var done = Interlocked.Read(ref answered);
                    var seconds = (now - last.At) / (double)Stopwatch.Frequency;
                    var cpuMs = last.Cpu.Elapsed().SelfMs;
                    var server = Probe is null ? "" : await Probe().ConfigureAwait(false);
                    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"    [{operation} {rate}/s t={(now - start) / (double)Stopwatch.Frequency:F0}s] answered {(done - last.Answered) / seconds:F0}/s, outstanding {Volatile.Read(ref outstanding)}, " +
                        $"pool threads {ThreadPool.ThreadCount}, queued {ThreadPool.PendingWorkItemCount}, cpu {cpuMs / seconds / 10:F0}%{server}"));
                    last = (done, CpuMeter.Start(null), now);
                }
            });
            return handle;
        }

        async Task FireAsync(long i, long due)
        {
            try
            {
                // Yield first so the scheduler loop never runs a request's synchronous part.
                await Task.Yield();
                status[i] = await send(i, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                status[i] = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Transport failures (reset streams, refused connections) and bench bugs alike are
                // counted and named, never mistaken for timeouts.
                status[i] = -2;
                var message = e.GetType().Name + ": " + (e.InnerException?.Message ?? e.Message).Split('.')[0];
                exceptions.AddOrUpdate(message, 1, (_, n) => n + 1);
            }
            finally
            {
                var now = Stopwatch.GetTimestamp();
                latency[i] = now - due;
                InterlockedMax(ref lastAnswer, now);
                Interlocked.Increment(ref answered);
                Interlocked.Decrement(ref outstanding);
                if (Interlocked.Decrement(ref pending) == 0)
                {
                    all.TrySetResult();
                }
            }
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
