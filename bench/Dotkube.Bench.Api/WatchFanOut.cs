using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>What every watcher saw of the timed writes.</summary>
public sealed record WatchResult(string Backend, int Watchers, int Connections, int Writes, double SetupSeconds, Latencies FromAck, Latencies FromSend,
    long Expected, long Received, long Duplicates, long BeforeAck, int EndedEarly, RateResult WriteLoad)
{
    public long Lost => Expected - Received;
}

/// <summary>
/// Watch fan-out: N watch streams on one namespace's configmaps, HTTP/2-multiplexed over a few
/// connections of their own (the writers use others); then creates of configmaps at a fixed rate,
/// each carrying its sequence number in its data. Every watcher stamps the arrival of every
/// sequence number; latency is arrival minus the writer's ack (clamped at 0: the event may
/// reach a watcher before the writer reads its 201) and, second, minus the send.
/// </summary>
public static class WatchFanOut
{
    private const string Namespace = "watch";
    private const int WarmUpSeq = 999_999;

    /// <summary>Untimed changes first, so the watch path is JIT-optimized and every stream is flowing.</summary>
    private const int WarmUpWrites = 20;
    private static readonly byte[] SeqMarker = "\"seq\":\""u8.ToArray();

    public static async Task<WatchResult> RunAsync(ServerHost host, EtcdServer? etcd, BenchOptions options, CancellationToken ct)
    {
        var watchers = options.Watchers;
        var writes = options.WatchWrites;
        await host.CreateNamespaceAsync(Namespace, ct).ConfigureAwait(false);
        using var pool = host.NewPool(options.Connections);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var subscribed = new CountdownEvent(watchers);
        using var warm = new CountdownEvent(watchers);
        var arrivals = new long[watchers][];
        long duplicates = 0;
        var endedEarly = 0;
        var complete = 0;

        var setup = Stopwatch.StartNew();
        var tasks = new Task[watchers];
        for (var w = 0; w < watchers; w++)
        {
            var seen = arrivals[w] = new long[writes];
            var client = pool[w];
            tasks[w] = Task.Run(async () =>
            {
                var warmUps = 0;
                var received = 0;
                try
                {
                    using var request = ClientPool.NewRequest(HttpMethod.Get, $"/api/v1/namespaces/{Namespace}/configmaps?watch=1&timeoutSeconds=900");
                    request.Headers.TryAddWithoutValidation("Accept", ClientPool.Json);
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    ClientPool.CheckProtocol(response);
                    // Headers mean the server has subscribed this watcher (it flushes them after subscribing).
                    subscribed.Signal();
                    await using var stream = await response.Content.ReadAsStreamAsync(stop.Token).ConfigureAwait(false);
                    await foreach (var seq in SequenceNumbersAsync(stream, stop.Token).ConfigureAwait(false))
                    {
                        var now = Stopwatch.GetTimestamp();
                        if (seq == WarmUpSeq)
                        {
                            if (++warmUps == WarmUpWrites)
                            {
                                warm.Signal();
                            }

                            continue;
                        }

                        if (seq < 0 || seq >= writes)
                        {
                            continue;
                        }

                        if (seen[seq] != 0)
                        {
                            Interlocked.Increment(ref duplicates);
                            continue;
                        }

                        seen[seq] = now;
                        if (++received == writes)
                        {
                            Interlocked.Increment(ref complete);
                            return;
                        }
                    }

                    Interlocked.Increment(ref endedEarly);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // Stopped after the deadline: what it has not seen counts as lost.
                }
            }, stop.Token);
        }

        if (!await ReachedZeroAsync(subscribed, TimeSpan.FromSeconds(120), ct).ConfigureAwait(false))
        {
            throw new TimeoutException($"only {watchers - subscribed.CurrentCount} of {watchers} watches were established within 120 s");
        }

        var setupSeconds = setup.Elapsed.TotalSeconds;
        // Warm-up changes every watcher must see, so the timed writes measure live delivery.
        for (var k = 0; k < WarmUpWrites; k++)
        {
            await host.Clients.SendCheckedAsync(HttpMethod.Post, $"/api/v1/namespaces/{Namespace}/configmaps",
                ConfigMap($"cm-warmup-{k}", WarmUpSeq), null, ct).ConfigureAwait(false);
            await Task.Delay(1000 / options.WatchWriteRate, ct).ConfigureAwait(false);
        }

        if (!await ReachedZeroAsync(warm, TimeSpan.FromSeconds(60), ct).ConfigureAwait(false))
        {
            throw new TimeoutException($"only {watchers - warm.CurrentCount} of {watchers} watchers saw the {WarmUpWrites} warm-up changes within 60 s");
        }

        await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);

        var sent = new long[writes];
        var acked = new long[writes];
        var writeLoad = await OpenLoop.RunAsync("watch-write", host.Backend, options.WatchWriteRate,
            TimeSpan.FromSeconds((double)writes / options.WatchWriteRate), options.MaxOutstanding, etcd,
            async (i, token) =>
            {
                sent[i] = Stopwatch.GetTimestamp();
                var (status, _) = await host.Clients.SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{Namespace}/configmaps",
                    ConfigMap(ConfigMapName(i), i), null, ClientPool.Json, token).ConfigureAwait(false);
                acked[i] = Stopwatch.GetTimestamp();
                return status;
            }, ct).ConfigureAwait(false);

        // Every watcher should have everything within moments; give stragglers 30 s.
        var all = Task.WhenAll(tasks);
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30), ct)).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var fromAck = new Latencies();
        var fromSend = new Latencies();
        long received = 0;
        long beforeAck = 0;
        foreach (var seen in arrivals)
        {
            for (var i = 0; i < writes; i++)
            {
                if (seen[i] == 0 || acked[i] == 0)
                {
                    continue;
                }

                received++;
                fromSend.Add(seen[i] - sent[i]);
                if (seen[i] < acked[i])
                {
                    beforeAck++;
                }

                fromAck.Add(Math.Max(0, seen[i] - acked[i]));
            }
        }

        // Only writes the server acknowledged can be expected at the watchers.
        var expected = (long)watchers * acked.Count(a => a != 0);
        var result = new WatchResult(host.Backend, watchers, options.Connections, writes, setupSeconds, fromAck, fromSend, expected, received,
            duplicates, beforeAck, endedEarly, writeLoad);
        Print(result);
        Report.Footprint($"watch fan-out ({host.Backend}, {watchers} watchers)");
        return result;
    }

    public static void Print(WatchResult r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"watch     {r.Backend,-7} {r.Watchers} watch streams on {r.Connections} HTTP/2 connections of their own, established in {r.SetupSeconds:F2} s; " +
            $"{r.Writes} creates at {r.WriteLoad.TargetRate}/s (write p99 {r.WriteLoad.Latencies.Percentile(99):F2} ms, errors {r.WriteLoad.ErrorCount})\n" +
            $"          ack->event p50 {r.FromAck.Percentile(50):F2} ms, p99 {r.FromAck.Percentile(99):F2} ms, max {r.FromAck.Max:F2} ms; " +
            $"send->event p50 {r.FromSend.Percentile(50):F2} ms, p99 {r.FromSend.Percentile(99):F2} ms, max {r.FromSend.Max:F2} ms\n" +
            $"          events delivered {r.Received:N0} of {r.Expected:N0}, lost {r.Lost:N0}, duplicates {r.Duplicates}, " +
            $"streams ended early {r.EndedEarly}; {r.BeforeAck:N0} events arrived before the writer's ack"));

    /// <summary>Polls instead of blocking a pool thread: on 2 busy cores a blocked thread is a slow one to replace.</summary>
    private static async Task<bool> ReachedZeroAsync(CountdownEvent countdown, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (countdown.CurrentCount > 0)
        {
            if (deadline.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(20, ct).ConfigureAwait(false);
        }

        return true;
    }

    private static string ConfigMapName(long i) => "cm-" + i.ToString("D6", CultureInfo.InvariantCulture);

    private static byte[] ConfigMap(string name, long seq) =>
        Encoding.UTF8.GetBytes($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}"},"data":{"seq":"{{{seq.ToString("D6", CultureInfo.InvariantCulture)}}}"}}""");

    /// <summary>
    /// The seq value of every watch event on <paramref name="stream"/> (one JSON event per line),
    /// found by scanning bytes rather than parsing JSON: 1,000 watchers x 200 events must not make
    /// the client the bottleneck on the same 2 cores.
    /// </summary>
    private static async IAsyncEnumerable<int> SequenceNumbersAsync(Stream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false);
            if (read == 0)
            {
                yield break;
            }

            filled += read;
            var start = 0;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0)
            {
                var seq = SeqOf(buffer.AsSpan(start, newline - start));
                start = newline + 1;
                if (seq is { } value)
                {
                    yield return value;
                }
            }

            Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
        }
    }

    private static int? SeqOf(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOf(SeqMarker);
        if (at < 0)
        {
            return null;
        }

        return Utf8Parser.TryParse(line[(at + SeqMarker.Length)..], out int value, out _) ? value : null;
    }
}
