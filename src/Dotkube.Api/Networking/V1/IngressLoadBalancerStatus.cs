namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressLoadBalancerStatus.</summary>
public sealed class IngressLoadBalancerStatus
{
    public List<IngressLoadBalancerIngress>? Ingress { get; set; }
}
