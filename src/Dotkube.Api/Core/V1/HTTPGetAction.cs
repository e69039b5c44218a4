using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>An HTTP GET request used as a check; a response status from 200 to 399 counts as success.</summary>
/// <remarks>core/v1 HTTPGetAction: success is a status in [200, 400).</remarks>
public sealed class HTTPGetAction
{
    /// <summary>The path to request, e.g. /healthz.</summary>
    public string? Path { get; set; }

    /// <summary>The port to connect to, as a number or the name of a container port. Required.</summary>
    /// <remarks>Port number or named container port; required.</remarks>
    public IntOrString Port { get; set; }

    /// <summary>The host to connect to. Defaults to the pod's IP; to set a virtual host name, use a Host header instead.</summary>
    /// <remarks>Defaults to the pod IP.</remarks>
    public string? Host { get; set; }

    /// <summary>The scheme to use: HTTP or HTTPS. Defaults to HTTP.</summary>
    /// <remarks>One of <see cref="URIScheme"/>; defaulted to HTTP upstream.</remarks>
    public string? Scheme { get; set; }

    /// <summary>Extra headers to send with the request.</summary>
    public List<HTTPHeader>? HttpHeaders { get; set; }
}
