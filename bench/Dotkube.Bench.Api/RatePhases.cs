using System.Collections.Concurrent;
using System.Globalization;
using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>
/// create, get, list and patch of 2 KB pods, each at every target rate (open loop, HTTP/2).
/// get and patch pick among the pods the create levels made; list reads a namespace of
/// <see cref="BenchOptions.ListNamespacePods"/> pods in full (no limit), as a controller or
/// <c>kubectl get pods -n</c> does.
/// </summary>
public static class RatePhases
{
    private const string Namespace = "bench";
    private const string ListNamespace = "list100";

    public static async Task<List<RateResult>> RunAsync(ServerHost host, EtcdServer? etcd, BenchOptions options, CancellationToken ct)
    {
        var clients = host.Clients;
        var backend = host.Backend;
        await host.CreateNamespaceAsync(Namespace, ct).ConfigureAwait(false);
        await host.CreateNamespaceAsync(ListNamespace, ct).ConfigureAwait(false);
        await SeedAsync(clients, ListNamespace, "lst", options.ListNamespacePods, 16, ct).ConfigureAwait(false);

        var created = new ConcurrentQueue<string>();
        long nextPod = -1;
        long nextPatch = 0;
        var duration = TimeSpan.FromSeconds(options.DurationSeconds);
        var results = new List<RateResult>();

        Task<int> CreateAsync(long _, CancellationToken token)
        {
            var name = PodBodies.Name("pod", Interlocked.Increment(ref nextPod));
            return Send(HttpMethod.Post, $"/api/v1/namespaces/{Namespace}/pods", PodBodies.Create(name), null, token,
                () => created.Enqueue(name));
        }

        string[]? names = null;
        string Pick(long i) => names![(int)((ulong)(i * 2654435761L) % (ulong)names.Length)];

        Task<int> GetAsync(long i, CancellationToken token) =>
            Send(HttpMethod.Get, $"/api/v1/namespaces/{Namespace}/pods/{Pick(i)}", null, null, token);

        Task<int> ListAsync(long _, CancellationToken token) =>
            Send(HttpMethod.Get, $"/api/v1/namespaces/{ListNamespace}/pods", null, null, token);

        Task<int> PatchAsync(long i, CancellationToken token) =>
            Send(HttpMethod.Patch, $"/api/v1/namespaces/{Namespace}/pods/{Pick(i)}",
                PodBodies.LabelPatch(Interlocked.Increment(ref nextPatch)), ClientPool.StrategicMergePatch, token);

        async Task<int> Send(HttpMethod method, string path, byte[]? body, string? contentType, CancellationToken token, Action? onSuccess = null)
        {
            var (status, _) = await clients.SendAsync(method, path, body, contentType, ClientPool.Json, token).ConfigureAwait(false);
            if (status is >= 200 and < 300)
            {
                onSuccess?.Invoke();
            }

            return status;
        }

        var operations = new (string Name, Func<long, CancellationToken, Task<int>> Send)[]
        {
            ("create", CreateAsync), ("get", GetAsync), ("list", ListAsync), ("patch", PatchAsync),
        };

        Report.RateHeader();
        foreach (var (operation, send) in operations.Where(o => options.Operations.Contains(o.Name)))
        {
            if (operation is "get" or "patch" && names is null)
            {
                names = [.. created];
                if (names.Length == 0)
                {
                    throw new InvalidOperationException("no pod was created; get and patch have nothing to read");
                }
            }

            // Warm-up (JIT, connection windows, caches): a short burst at the lowest rate, not reported.
            var warm = await OpenLoop.RunAsync(operation, backend, options.Rates.Min(), TimeSpan.FromSeconds(1), options.MaxOutstanding, etcd, send, ct)
                .ConfigureAwait(false);
            if (OpenLoop.Trace)
            {
                Console.Write("  (warm-up) ");
                Report.Rate(warm);
            }
            foreach (var rate in options.Rates)
            {
                var result = await OpenLoop.RunAsync(operation, backend, rate, duration, options.MaxOutstanding, etcd, send, ct).ConfigureAwait(false);
                results.Add(result);
                Report.Rate(result);
                // Let a level that overran its server drain fully before the next one starts.
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            }

            Report.Footprint($"{operation} levels ({backend}, {created.Count.ToString("N0", CultureInfo.InvariantCulture)} pods in {Namespace})");
        }

        return results;
    }

    /// <summary>Creates <paramref name="count"/> pods named <c>{prefix}-000000</c>... with <paramref name="concurrency"/> clients, untimed.</summary>
    public static async Task SeedAsync(ClientPool clients, string ns, string prefix, int count, int concurrency, CancellationToken ct)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                await clients.SendCheckedAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/pods",
                    PodBodies.Create(PodBodies.Name(prefix, n)), null, ct).ConfigureAwait(false);
            }
        }, ct))).ConfigureAwait(false);
    }
}
