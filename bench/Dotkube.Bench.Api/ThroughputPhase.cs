using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>
/// Maximum create rate through the API (closed loop, 2 KB pods, HTTP/2) and, on the etcd
/// backend, the anchor measured just before it in the same run: raw etcd puts of values the size
/// of a stored pod, from as many writers. DESIGN.md §9 asks API creates >= 50% of that rate.
/// Two in-process loads on the server's own store object attribute the gap: the driver's create
/// alone, and the storage calls the create handler makes (the namespace read of its
/// NamespaceLifecycle admission, then the create).
/// </summary>
public static class ThroughputPhase
{
    private const string Namespace = "tput";

    /// <summary>Returns the API result and, when <paramref name="anchor"/> is given, raw etcd's.</summary>
    public static async Task<(ThroughputResult Api, ThroughputResult? Raw)> RunAsync(ServerHost host, EtcdServer? etcd,
        EtcdGatewayClient? anchor, BenchOptions options, CancellationToken ct)
    {
        var clients = host.Clients;
        var duration = TimeSpan.FromSeconds(options.DurationSeconds);
        await host.CreateNamespaceAsync(Namespace, ct).ConfigureAwait(false);
        // One pod first: its size as served is the value size the anchor writes.
        await RatePhases.SeedAsync(clients, Namespace, "tpw", 1, 1, ct).ConfigureAwait(false);
        var (_, storedSize) = await clients.SendAsync(HttpMethod.Get, $"/api/v1/namespaces/{Namespace}/pods/{PodBodies.Name("tpw", 0)}",
            null, null, ClientPool.Json, ct).ConfigureAwait(false);

        Report.ThroughputHeader();
        ThroughputResult? raw = null;
        if (anchor is not null)
        {
            var value = new byte[storedSize];
            Random.Shared.NextBytes(value);
            raw = await ClosedLoop.RunAsync($"raw etcd put ({storedSize} B)", options.ThroughputClients, duration, etcd,
                async (n, token) =>
                {
                    await anchor.PutAsync($"/bench-raw/k{n:D8}", value, token).ConfigureAwait(false);
                    return true;
                }, ct).ConfigureAwait(false);
            Report.Throughput(raw, null);
        }

        var stored = new byte[storedSize];
        Random.Shared.NextBytes(stored);
        var driver = await ClosedLoop.RunAsync($"driver create ({host.Backend})", options.ThroughputClients, duration, etcd,
            async (n, token) =>
            {
                await host.Store.CreateAsync($"/bench-driver/a{n:D8}", stored, token).ConfigureAwait(false);
                return true;
            }, ct).ConfigureAwait(false);
        Report.Throughput(driver, raw);
        var handlerCalls = await ClosedLoop.RunAsync($"driver get ns + create ({host.Backend})", options.ThroughputClients, duration, etcd,
            async (n, token) =>
            {
                _ = await host.Store.GetAsync($"/registry/namespaces/{Namespace}", token).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"namespace {Namespace} is not at /registry/namespaces/{Namespace}");
                await host.Store.CreateAsync($"/bench-driver/b{n:D8}", stored, token).ConfigureAwait(false);
                return true;
            }, ct).ConfigureAwait(false);
        Report.Throughput(handlerCalls, raw);

        var api = await ClosedLoop.RunAsync($"API create ({host.Backend})", options.ThroughputClients, duration, etcd,
            async (n, token) =>
            {
                var (status, _) = await clients.SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{Namespace}/pods",
                    PodBodies.Create(PodBodies.Name("tpt", n)), null, ClientPool.Json, token).ConfigureAwait(false);
                return status == 201;
            }, ct).ConfigureAwait(false);
        Report.Throughput(api, raw);
        Report.Footprint($"throughput ({host.Backend})");
        return (api, raw);
    }
}
