namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LoadBalancerStatus.</summary>
public sealed class LoadBalancerStatus
{
    public List<LoadBalancerIngress>? Ingress { get; set; }
}
