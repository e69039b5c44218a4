using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>
/// A few HTTP/2 connections to the API server as the admin user, used round-robin. Each
/// <see cref="HttpClient"/> has its own handler, so each is exactly one TLS connection that
/// multiplexes every request sent through it (the server allows 1,000 streams per connection).
/// </summary>
public sealed class ClientPool : IDisposable
{
    public const string Json = "application/json";
    public const string Table = "application/json;as=Table;v=v1;g=meta.k8s.io";
    public const string StrategicMergePatch = "application/strategic-merge-patch+json";

    private readonly HttpClient[] _clients;
    private long _next = -1;

    /// <summary><c>--http1</c>: a diagnostic, HTTP/1.1 with up to 512 connections per client instead of HTTP/2.</summary>
    public static bool Http1 { get; set; }

    public ClientPool(Uri baseAddress, X509Certificate2 clientCertificate, X509Certificate2 serverCa, int connections)
    {
        _clients = new HttpClient[connections];
        for (var i = 0; i < connections; i++)
        {
            var handler = new SocketsHttpHandler
            {
                SslOptions =
                {
                    ClientCertificates = [clientCertificate],
                    RemoteCertificateValidationCallback = (_, cert, _, _) => InProcessCluster.IsSignedBy(cert, serverCa),
                },
                // One connection per client: HTTP/2 streams beyond the server's limit queue here.
                EnableMultipleHttp2Connections = false,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                MaxConnectionsPerServer = Http1 ? 512 : int.MaxValue,
            };
            _clients[i] = new HttpClient(handler)
            {
                BaseAddress = baseAddress,
                DefaultRequestVersion = Http1 ? HttpVersion.Version11 : HttpVersion.Version20,
                DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
                Timeout = Timeout.InfiniteTimeSpan,
            };
        }
    }

    public int Count => _clients.Length;

    /// <summary>The next connection, round-robin.</summary>
    public HttpClient Next() => _clients[(int)((ulong)Interlocked.Increment(ref _next) % (ulong)_clients.Length)];

    public HttpClient this[int index] => _clients[index % _clients.Length];

    /// <summary>Answers that came back over anything but HTTP/2 (must stay 0 unless <c>--http1</c>).</summary>
    public static long NonHttp2Responses => Interlocked.Read(ref _nonHttp2Responses);

    private static long _nonHttp2Responses;

    /// <summary>
    /// A request pinned to HTTP/2. <see cref="HttpClient.DefaultRequestVersion"/> only applies to
    /// the client's helper methods (GetAsync...), not to messages passed to SendAsync, which
    /// default to HTTP/1.1; without this the load silently went over hundreds of HTTP/1.1 connections.
    /// </summary>
    public static HttpRequestMessage NewRequest(HttpMethod method, string path) => new(method, path)
    {
        Version = Http1 ? HttpVersion.Version11 : HttpVersion.Version20,
        VersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    /// <summary>Counts a response that was not HTTP/2, so the run can say it measured what it claims.</summary>
    public static void CheckProtocol(HttpResponseMessage response)
    {
        if (response.Version != HttpVersion.Version20)
        {
            Interlocked.Increment(ref _nonHttp2Responses);
        }
    }

    /// <summary>Sends one request and reads the whole answer; returns the status code and body length.</summary>
    public async Task<(int Status, long Bytes)> SendAsync(HttpMethod method, string path, byte[]? body, string? contentType,
        string accept, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? Json);
        }

        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Next().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        CheckProtocol(response);
        // Drain without keeping the body: big lists are counted, not buffered twice.
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        long bytes = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                bytes += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return ((int)response.StatusCode, bytes);
    }

    /// <summary>Sends and throws unless the answer is 2xx; for set-up steps.</summary>
    public async Task<string> SendCheckedAsync(HttpMethod method, string path, byte[]? body, string? contentType,
        CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? Json);
        }

        using var response = await Next().SendAsync(request, cancellationToken).ConfigureAwait(false);
        CheckProtocol(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return text;
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
