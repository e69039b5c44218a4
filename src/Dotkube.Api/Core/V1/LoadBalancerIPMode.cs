namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="LoadBalancerIngress.IPMode"/>.</summary>
public static class LoadBalancerIPMode
{
    /// <summary>Traffic reaches the node with the load balancer's IP as destination.</summary>
    public const string VIP = "VIP";

    /// <summary>Traffic reaches the node or pod with its own IP and port as destination.</summary>
    public const string Proxy = "Proxy";
}
