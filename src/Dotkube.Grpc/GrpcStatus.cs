using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Dotkube.Grpc;

/// <summary>
/// Reads a call's outcome. A gRPC server reports it in the trailers (grpc-status, grpc-message),
/// or, for a call that fails before sending anything, in the response headers ("trailers-only").
/// </summary>
internal static class GrpcStatus
{
    /// <summary>Throws for a non-200 or non-gRPC response, and for a trailers-only error.</summary>
    public static void CheckHeaders(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new RpcException(FromHttpStatus(response.StatusCode), $"HTTP status {(int)response.StatusCode}");
        }

        if (TryRead(response.Headers, out var code, out var message) && code != StatusCode.OK)
        {
            throw new RpcException(code, message);
        }
    }

    /// <summary>Throws unless the trailers (or the headers, for trailers-only) say OK; call once the body is fully read.</summary>
    public static void CheckTrailers(HttpResponseMessage response)
    {
        if (!TryRead(response.TrailingHeaders, out var code, out var message) && !TryRead(response.Headers, out code, out message))
        {
            throw new RpcException(StatusCode.Internal, "the response ended without a grpc-status");
        }

        if (code != StatusCode.OK)
        {
            throw new RpcException(code, message);
        }
    }

    internal static bool TryRead(HttpHeaders headers, out StatusCode code, out string message)
    {
        code = StatusCode.Unknown;
        message = "";
        if (!headers.TryGetValues("grpc-status", out var statuses))
        {
            return false;
        }

        code = int.TryParse(statuses.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (StatusCode)number
            : StatusCode.Unknown;
        if (headers.TryGetValues("grpc-message", out var messages))
        {
            // grpc-message is percent-encoded UTF-8 (gRPC HTTP/2 protocol spec).
            message = Uri.UnescapeDataString(messages.FirstOrDefault() ?? "");
        }

        return true;
    }

    // The mapping the gRPC spec gives for HTTP errors from proxies and non-gRPC servers.
    private static StatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
