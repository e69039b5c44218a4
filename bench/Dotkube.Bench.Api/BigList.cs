using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Dotkube.Bench.Api;

/// <summary>One way of listing the big namespace: median time of the repeats and the bytes returned.</summary>
public sealed record BigListResult(string Backend, string Form, int Pods, double MedianMs, double MinMs, double MaxMs, long Bytes, int Pages);

/// <summary>
/// A namespace of 10,000 pods, created concurrently (untimed but reported), then listed whole:
/// as JSON, as a Table (what <c>kubectl get</c> asks for), and as a Table in pages of 500, which
/// is how kubectl actually fetches it (<c>--chunk-size</c> defaults to 500).
/// </summary>
public static class BigList
{
    private const string Namespace = "big";
    private const int KubectlChunk = 500;

    public static async Task<List<BigListResult>> RunAsync(ServerHost host, BenchOptions options, CancellationToken ct)
    {
        var clients = host.Clients;
        await host.CreateNamespaceAsync(Namespace, ct).ConfigureAwait(false);
        var seeding = Stopwatch.StartNew();
        await RatePhases.SeedAsync(clients, Namespace, "big", options.BigListPods, 32, ct).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"list      {host.Backend,-7} created {options.BigListPods:N0} pods in {seeding.Elapsed.TotalSeconds:F1} s ({options.BigListPods / seeding.Elapsed.TotalSeconds:N0}/s, 32 clients)"));

        var results = new List<BigListResult>
        {
            await TimeAsync(host, "JSON", ClientPool.Json, 0, options, ct).ConfigureAwait(false),
            await TimeAsync(host, "Table", ClientPool.Table, 0, options, ct).ConfigureAwait(false),
            await TimeAsync(host, $"Table, limit={KubectlChunk} pages", ClientPool.Table, KubectlChunk, options, ct).ConfigureAwait(false),
        };
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"list      {r.Backend,-7} {r.Pods:N0} pods as {r.Form,-24} median {r.MedianMs,8:F1} ms (min {r.MinMs:F1}, max {r.MaxMs:F1}), {r.Bytes / 1048576.0,6:F2} MiB in {r.Pages} response(s); p/SLO {r.MedianMs / Report.NamespaceListSloMs:F3}"));
        }

        Report.Footprint($"list of {options.BigListPods:N0} pods ({host.Backend})");
        return results;
    }

    private static async Task<BigListResult> TimeAsync(ServerHost host, string form, string accept, int limit, BenchOptions options, CancellationToken ct)
    {
        var times = new List<double>();
        long bytes = 0;
        var pages = 0;
        // One untimed list first (JIT of the path, connection windows).
        for (var i = 0; i <= options.BigListRepeats; i++)
        {
            (bytes, pages, var ticks) = await ListAllAsync(host.Clients, accept, limit, options.BigListPods, ct).ConfigureAwait(false);
            if (i > 0)
            {
                times.Add(Latencies.Ms(ticks));
            }
        }

        times.Sort();
        return new BigListResult(host.Backend, form, options.BigListPods, times[times.Count / 2], times[0], times[^1], bytes, pages);
    }

    /// <summary>
    /// Lists the namespace (in pages when <paramref name="limit"/> > 0) and checks the item count;
    /// the time returned covers request to last byte of each page, not the bench's own JSON parse.
    /// </summary>
    private static async Task<(long Bytes, int Pages, long Ticks)> ListAllAsync(ClientPool clients, string accept, int limit, int expected, CancellationToken ct)
    {
        long bytes = 0;
        long ticks = 0;
        var pages = 0;
        var items = 0;
        string? next = null;
        do
        {
            var path = $"/api/v1/namespaces/{Namespace}/pods" + (limit > 0 ? $"?limit={limit}" : "") +
                (next is null ? "" : "&continue=" + Uri.EscapeDataString(next));
            var t0 = Stopwatch.GetTimestamp();
            using var request = ClientPool.NewRequest(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await clients.Next().SendAsync(request, ct).ConfigureAwait(false);
            ClientPool.CheckProtocol(response);
            var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            ticks += Stopwatch.GetTimestamp() - t0;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"list {path}: {(int)response.StatusCode}");
            }

            bytes += body.Length;
            pages++;
            (var count, next) = CountAndContinue(body);
            items += count;
        }
        while (!string.IsNullOrEmpty(next));

        return items == expected ? (bytes, pages, ticks) : throw new InvalidOperationException($"listed {items} pods, expected {expected}");
    }

    /// <summary>Items (or Table rows) and metadata.continue of one list page.</summary>
    private static (int Count, string? Continue) CountAndContinue(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var count = root.TryGetProperty("items", out var list) || root.TryGetProperty("rows", out list) ? list.GetArrayLength() : 0;
        var next = root.TryGetProperty("metadata", out var meta) && meta.TryGetProperty("continue", out var c) ? c.GetString() : null;
        return (count, next);
    }
}
