namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PortStatus: the state of one service port on a load balancer.</summary>
public sealed class PortStatus
{
    public int Port { get; set; }

    public string Protocol { get; set; } = "";

    /// <summary>CamelCase reason or "domain/ReasonName"; null means the port is fine.</summary>
    public string? Error { get; set; }
}
