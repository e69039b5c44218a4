namespace Dotkube.Grpc;

/// <summary>A call that ended with a grpc-status other than OK (or a broken HTTP/2 exchange, as <see cref="StatusCode.Unavailable"/> or <see cref="StatusCode.Internal"/>).</summary>
public sealed class RpcException(StatusCode statusCode, string detail, Exception? innerException = null)
    : Exception($"gRPC status {statusCode}: {detail}", innerException)
{
    public StatusCode StatusCode { get; } = statusCode;

    /// <summary>The server's grpc-message, decoded.</summary>
    public string Detail { get; } = detail;
}
