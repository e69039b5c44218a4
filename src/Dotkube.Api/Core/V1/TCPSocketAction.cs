using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 TCPSocketAction: success is an accepted connection.</summary>
public sealed class TCPSocketAction
{
    public IntOrString Port { get; set; }

    public string? Host { get; set; }
}
