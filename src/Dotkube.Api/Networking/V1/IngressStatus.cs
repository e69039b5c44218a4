namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressStatus.</summary>
public sealed class IngressStatus
{
    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public IngressLoadBalancerStatus LoadBalancer { get; set => field = value ?? new(); } = new();
}
