using Google.Protobuf;

namespace Dotkube.Grpc;

/// <summary>
/// A running bidirectional gRPC stream. Writes are queued and sent in order as the HTTP/2 stream
/// allows; responses are read one at a time as they arrive. Disposing cancels the call
/// (RST_STREAM) if it has not ended. Reads must not be concurrent; writes may be.
/// </summary>
public sealed class DuplexStreamingCall<TResponse> : IAsyncDisposable
    where TResponse : class, IMessage<TResponse>
{
    private readonly string _method;
    private readonly HttpRequestMessage _request;
    private readonly StreamingRequestContent _content;
    private readonly MessageParser<TResponse> _parser;
    private readonly CancellationTokenSource _cancel;
    private readonly Task<HttpResponseMessage> _response;
    private Stream? _body;
    private bool _ended;

    internal DuplexStreamingCall(string method, HttpRequestMessage request, StreamingRequestContent content,
        MessageParser<TResponse> parser, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
    {
        _method = method;
        _request = request;
        _content = content;
        _parser = parser;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Sending starts now: HTTP/2 lets the response headers arrive while the body is still open.
        _response = send(request, _cancel.Token);
    }

    /// <summary>Queues a request message.</summary>
    public void Write(IMessage message)
    {
        if (!_content.TryWrite(GrpcFraming.Frame(message)))
        {
            throw new InvalidOperationException($"{_method}: the request stream was already completed");
        }
    }

    /// <summary>Ends the request stream (half-close); responses can still be read.</summary>
    public void CompleteRequests() => _content.Complete();

    /// <summary>The next response, or null when the server ended the call with OK; throws <see cref="RpcException"/> otherwise.</summary>
    public async ValueTask<TResponse?> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (_ended)
        {
            return null;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancel.Token);
        var response = await _response.WaitAsync(linked.Token);
        if (_body is null)
        {
            GrpcStatus.CheckHeaders(response);
            _body = await response.Content.ReadAsStreamAsync(linked.Token);
        }

        var message = await GrpcChannel.ReadAsync(_body, _parser, linked.Token);
        if (message is null)
        {
            _ended = true;
            GrpcStatus.CheckTrailers(response);
        }

        return message;
    }

    public async ValueTask DisposeAsync()
    {
        _content.Complete();
        await _cancel.CancelAsync();
        try
        {
            using var response = await _response;
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException)
        {
            // The call failed or was cancelled: nothing left to release.
        }

        if (_body is not null)
        {
            await _body.DisposeAsync();
        }

        _request.Dispose();
        _cancel.Dispose();
    }
}
