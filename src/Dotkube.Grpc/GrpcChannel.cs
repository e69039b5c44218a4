using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Google.Protobuf;

namespace Dotkube.Grpc;

/// <summary>
/// A minimal gRPC client over <see cref="HttpClient"/> with HTTP/2 cleartext (h2c, prior
/// knowledge), because Grpc.Net.Client is not available to us. It speaks the gRPC HTTP/2
/// protocol directly: POST /package.Service/Method, content-type application/grpc, TE: trailers,
/// length-prefixed protobuf messages (<see cref="GrpcFraming"/>), and grpc-status/grpc-message in
/// the trailers (<see cref="GrpcStatus"/>). Unary calls and duplex streams; no compression, no
/// deadlines on the wire (cancel the token instead), no TLS yet.
/// <para>
/// Addresses: <c>http://host:port</c> (TCP) or <c>unix:///path/to.sock</c>. One channel
/// multiplexes all calls over HTTP/2 connections and is safe to use concurrently.
/// </para>
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    internal const string ContentType = "application/grpc";

    private readonly HttpClient _client;
    private readonly Uri _baseAddress;

    private GrpcChannel(HttpClient client, Uri baseAddress)
    {
        _client = client;
        _baseAddress = baseAddress;
    }

    /// <summary>The address the channel was created for.</summary>
    public string Address { get; private init; } = "";

    /// <param name="metadata">gRPC metadata (request headers) sent with every call, e.g. containerd's <c>containerd-namespace</c>.</param>
    public static GrpcChannel ForAddress(string address, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var handler = new SocketsHttpHandler
        {
            // Long-lived watches and many concurrent calls: let the handler open more connections
            // when a server's MAX_CONCURRENT_STREAMS is reached instead of queueing calls.
            EnableMultipleHttp2Connections = true,
            // Notice dead servers on idle watch streams.
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
        };
        Uri baseAddress;
        if (address.StartsWith("unix://", StringComparison.Ordinal))
        {
            var path = address["unix://".Length..];
            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
            // The authority only fills the :authority header; the socket path decides where we connect.
            baseAddress = new Uri("http://localhost/");
        }
        else if (address.StartsWith("http://", StringComparison.Ordinal))
        {
            baseAddress = new Uri(address.TrimEnd('/') + "/");
        }
        else
        {
            throw new ArgumentException($"unsupported gRPC address '{address}': use http://host:port or unix:///path", nameof(address));
        }

        // Streams last as long as their caller wants: cancellation, not HttpClient.Timeout, ends calls.
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        foreach (var (name, value) in metadata ?? new Dictionary<string, string>())
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }

        return new GrpcChannel(client, baseAddress) { Address = address };
    }

    /// <summary>One request, one response. <paramref name="method"/> is "/package.Service/Method".</summary>
    public async Task<TResponse> UnaryAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser,
        CancellationToken cancellationToken = default)
        where TResponse : class, IMessage<TResponse>
    {
        var content = new ByteArrayContent(GrpcFraming.Frame(request));
        content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        using var httpRequest = CreateRequest(method, content);
        using var response = await SendAsync(httpRequest, cancellationToken);
        GrpcStatus.CheckHeaders(response);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var message = await ReadAsync(body, parser, cancellationToken);
        // Reading to the end is what makes the trailers available.
        if (message is not null && await ReadAsync(body, parser, cancellationToken) is not null)
        {
            throw new RpcException(StatusCode.Internal, $"{method}: more than one response message in a unary call");
        }

        GrpcStatus.CheckTrailers(response);
        return message ?? throw new RpcException(StatusCode.Internal, $"{method}: no response message");
    }

    /// <summary>
    /// Starts a bidirectional stream (also usable as a server stream: write one request, then
    /// read). The call is sent at once; write requests and read responses through the result,
    /// and dispose it to end the call.
    /// </summary>
    public DuplexStreamingCall<TResponse> StartDuplex<TResponse>(string method, MessageParser<TResponse> parser,
        CancellationToken cancellationToken = default)
        where TResponse : class, IMessage<TResponse>
    {
        var content = new StreamingRequestContent();
        var httpRequest = CreateRequest(method, content);
        return new DuplexStreamingCall<TResponse>(method, httpRequest, content, parser, SendAsync, cancellationToken);
    }

    public void Dispose() => _client.Dispose();

    private HttpRequestMessage CreateRequest(string method, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, method.TrimStart('/')))
        {
            Version = HttpVersion.Version20,
            // h2c with prior knowledge: never fall back to HTTP/1.1, which cannot carry trailers.
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        // Required by the gRPC protocol: it tells proxies we understand trailers.
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new RpcException(StatusCode.Unavailable, $"{Address}: {e.Message}", e);
        }
    }

    internal static async ValueTask<T?> ReadAsync<T>(Stream body, MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        try
        {
            return await GrpcFraming.ReadMessageAsync(body, parser, cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // A reset stream (RST_STREAM) or a dropped connection surfaces as an IOException.
            throw new RpcException(StatusCode.Unavailable, e.Message, e);
        }
    }
}
