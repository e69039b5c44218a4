using System.Diagnostics;
using System.Globalization;

namespace Dotkube.Bench.Api;

/// <summary>
/// Brings a fresh server to steady state before anything is timed: every request path the
/// phases use runs about a thousand times (so tiered JIT has promoted it to optimized code and
/// connection windows have grown), in a namespace of its own, then the JIT gets a moment to
/// finish. Without it the first level measured is the JIT's (create at 100/s showed ~7 ms of
/// CPU per request instead of ~1.5).
/// </summary>
public static class Warmup
{
    private const string Namespace = "warmup";
    private const int Requests = 1_000;
    private const int Concurrency = 16;

    public static async Task RunAsync(ServerHost host, CancellationToken ct)
    {
        var clients = host.Clients;
        var started = Stopwatch.StartNew();
        await host.CreateNamespaceAsync(Namespace, ct).ConfigureAwait(false);
        await RatePhases.SeedAsync(clients, Namespace, "wrm", Requests, Concurrency, ct).ConfigureAwait(false);
        await RepeatAsync(i => clients.SendAsync(HttpMethod.Get, $"/api/v1/namespaces/{Namespace}/pods/{PodBodies.Name("wrm", i % Requests)}",
            null, null, ClientPool.Json, ct), Requests).ConfigureAwait(false);
        await RepeatAsync(i => clients.SendAsync(HttpMethod.Patch, $"/api/v1/namespaces/{Namespace}/pods/{PodBodies.Name("wrm", i % Requests)}",
            PodBodies.LabelPatch(i), ClientPool.StrategicMergePatch, ClientPool.Json, ct), Requests).ConfigureAwait(false);
        await RepeatAsync(_ => clients.SendAsync(HttpMethod.Get, "/version", null, null, ClientPool.Json, ct), Requests).ConfigureAwait(false);
        await RepeatAsync(_ => clients.SendAsync(HttpMethod.Get, $"/api/v1/namespaces/{Namespace}/pods?limit=100", null, null, ClientPool.Json, ct), 200)
            .ConfigureAwait(false);
        await RepeatAsync(_ => clients.SendAsync(HttpMethod.Get, $"/api/v1/namespaces/{Namespace}/pods?limit=100", null, null, ClientPool.Table, ct), 200)
            .ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(2), ct).ConfigureAwait(false);
        var seconds = started.Elapsed.TotalSeconds;

        // The idle cost of a warm server (heartbeats, compactor ticks, timers): what every level's CPU per request includes.
        var idle = CpuMeter.Start(null);
        await Task.Delay(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm-up ({host.Backend}): {Requests:N0} each of create, get, patch and /version, 400 lists, in {seconds:F1} s (not reported); " +
            $"then idle for 5 s: {idle.Elapsed().SelfMs / 50:F1}% of one core"));
    }

    private static async Task RepeatAsync(Func<int, Task<(int Status, long Bytes)>> send, int count)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var (status, _) = await send(i).ConfigureAwait(false);
                if (status is < 200 or >= 300)
                {
                    throw new InvalidOperationException($"warm-up request answered {status}");
                }
            }
        }))).ConfigureAwait(false);
    }
}
