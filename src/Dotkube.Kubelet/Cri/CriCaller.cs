using Dotkube.Grpc;
using Google.Protobuf;

namespace Dotkube.Kubelet.Cri;

/// <summary>
/// Unary CRI calls with a client-side deadline. Dotkube.Grpc puts no grpc-timeout on the wire,
/// so the deadline cancels the call and surfaces as <see cref="StatusCode.DeadlineExceeded"/>,
/// which is what a grpc-go client (the kubelet) sees when its context times out.
/// </summary>
internal sealed class CriCaller : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly TimeProvider _time;

    /// <param name="metadata">Sent with every call; containerd's native API needs its namespace there.</param>
    public CriCaller(CriClientOptions options, IReadOnlyDictionary<string, string>? metadata = null)
    {
        options.Validate();
        _channel = GrpcChannel.ForAddress(options.Endpoint, metadata);
        _time = options.Time;
        DefaultTimeout = options.RuntimeRequestTimeout;
    }

    public TimeSpan DefaultTimeout { get; }

    public string Endpoint => _channel.Address;

    /// <summary>Calls <paramref name="method"/>; <see cref="Timeout.InfiniteTimeSpan"/> means no deadline (only the caller's token).</summary>
    public async Task<TResponse> CallAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser,
        TimeSpan timeout, CancellationToken cancellationToken)
        where TResponse : class, IMessage<TResponse>
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return await _channel.UnaryAsync(method, request, parser, cancellationToken);
        }

        using var deadline = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await _channel.UnaryAsync(method, request, parser, linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException
                                  && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new RpcException(StatusCode.DeadlineExceeded, $"{method}: no answer from {Endpoint} within {timeout}", e);
        }
    }

    public void Dispose() => _channel.Dispose();
}
