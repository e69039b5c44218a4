namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LoadBalancerIngress: one ingress point of a load balancer.</summary>
public sealed class LoadBalancerIngress
{
    public string? IP { get; set; }

    public string? Hostname { get; set; }

    /// <summary>A <see cref="LoadBalancerIPMode"/> value; only valid together with <see cref="IP"/>.</summary>
    public string? IPMode { get; set; }

    public List<PortStatus>? Ports { get; set; }
}
