using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>A TCP connection attempt used as a check; the check succeeds if the connection is accepted.</summary>
/// <remarks>core/v1 TCPSocketAction: success is an accepted connection.</remarks>
public sealed class TCPSocketAction
{
    /// <summary>The port to connect to, as a number or the name of a container port. Required.</summary>
    public IntOrString Port { get; set; }

    /// <summary>The host to connect to. Defaults to the pod's IP.</summary>
    public string? Host { get; set; }
}
