using System.Text;

namespace Dotkube.Bench.Api;

/// <summary>
/// The anchor's load: plain puts through etcd's own JSON gateway (<c>/v3/kv/put</c>), as the
/// storage benchmark measures raw etcd (see its EtcdGatewayClient for why not <c>etcdctl check
/// perf</c>). The gateway's JSON and base64 cost some client CPU, so the anchor slightly
/// understates raw etcd and the ratio printed against it is an upper bound.
/// </summary>
public sealed class EtcdGatewayClient : IDisposable
{
    private readonly HttpClient _http;

    public EtcdGatewayClient(Uri baseUrl) =>
        // HTTP/1.1, one connection per concurrent writer, as gRPC clients would multiplex freely.
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue })
        {
            BaseAddress = baseUrl,
            Timeout = Timeout.InfiniteTimeSpan,
        };

    public async Task PutAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        var body = $$"""{"key":"{{Convert.ToBase64String(Encoding.UTF8.GetBytes(key))}}","value":"{{Convert.ToBase64String(value)}}"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("/v3/kv/put", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();
}
