using System.Net;
using System.Text;
using System.Text.Json;

namespace Dotkube.Testing;

/// <summary>
/// Raw etcd load through etcd's own JSON gateway (<c>/v3/kv/put</c>, <c>/v3/kv/range</c>,
/// <c>/v3/watch</c>), so the anchor needs no gRPC client and no dotkube code. Why not
/// <c>etcdctl check perf</c>: its workloads are rate-limited (<c>--load=s</c> is 150 puts/s from
/// 50 clients for 60 s), so it reports latency at a fixed rate, not throughput at 1/16/64/256
/// writers; and one <c>etcdctl put</c> process per write measures process start-up. The gateway's
/// JSON and base64 add some client-side cost, so the anchor slightly understates raw etcd.
/// </summary>
public sealed class EtcdGatewayClient : IDisposable
{
    private readonly HttpClient _http;

    public EtcdGatewayClient(Uri baseUrl)
    {
        // One HTTP/1.1 connection per concurrent writer, as gRPC clients would multiplex freely.
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue })
        {
            BaseAddress = baseUrl,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task PutAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        var body = $$"""{"key":"{{B64(key)}}","value":"{{Convert.ToBase64String(value)}}"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("/v3/kv/put", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Lists every key under <paramref name="prefix"/> and returns how many came back.</summary>
    public async Task<int> RangeCountAsync(string prefix, CancellationToken cancellationToken)
    {
        var body = $$"""{"key":"{{B64(prefix)}}","range_end":"{{B64(PrefixEnd(prefix))}}"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("/v3/kv/range", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return json.RootElement.TryGetProperty("kvs", out var kvs) ? kvs.GetArrayLength() : 0;
    }

    /// <summary>
    /// Streams the values of put events under <paramref name="prefix"/> (the gateway sends one
    /// JSON object per line) until cancelled.
    /// </summary>
    public async IAsyncEnumerable<byte[]> WatchValuesAsync(string prefix,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var body = $$$"""{"create_request":{"key":"{{{B64(prefix)}}}","range_end":"{{{B64(PrefixEnd(prefix))}}}"}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/watch", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            Version = HttpVersion.Version11,
        };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("result", out var result) || !result.TryGetProperty("events", out var events))
            {
                continue;
            }

            foreach (var e in events.EnumerateArray())
            {
                yield return e.GetProperty("kv").GetProperty("value").GetBytesFromBase64();
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));

    /// <summary>etcd's range end for a prefix: the prefix with its last byte incremented (ASCII prefixes only here).</summary>
    private static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
