namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressLoadBalancerIngress: one ingress point, by IP or DNS name.</summary>
public sealed class IngressLoadBalancerIngress
{
    public string? Ip { get; set; }

    public string? Hostname { get; set; }

    public List<IngressPortStatus>? Ports { get; set; }
}
