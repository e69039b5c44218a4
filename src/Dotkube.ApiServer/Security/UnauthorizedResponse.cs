using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// The 401 upstream sends when no authenticator accepts a request: a Failure Status with reason
/// Unauthorized. kubectl turns it into "You must be logged in to the server (Unauthorized)".
/// </summary>
public static class UnauthorizedResponse
{
    /// <summary>The JSON body, built once: it never varies.</summary>
    public static ReadOnlyMemory<byte> Body { get; } = KubeJson.SerializeObject(ApiErrors.Unauthorized().Status);

    public static Task WriteAsync(HttpResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.ContentType = "application/json";
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, cancellationToken).AsTask();
    }
}
