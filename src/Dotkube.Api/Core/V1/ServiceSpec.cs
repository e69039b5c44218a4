using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>The desired behavior of a Service: which pods receive its traffic, on which ports, and how it is reachable.</summary>
/// <remarks>core/v1 ServiceSpec. Enum-like strings use the constants in <see cref="ServiceType"/> and friends.</remarks>
public sealed class ServiceSpec
{
    /// <summary>The ports the service exposes, each mapped to a port on the selected pods.</summary>
    /// <remarks>The list map key is (port, protocol), but the strategic merge key upstream is port alone.</remarks>
    [PatchStrategy("merge")]
    [PatchMergeKey("port")]
    public List<ServicePort>? Ports { get; set; }

    /// <summary>Traffic goes to pods whose labels match all these key-value pairs. When empty, endpoints are not managed automatically. Ignored for type ExternalName.</summary>
    public Dictionary<string, string>? Selector { get; set; }

    /// <summary>The service's virtual IP address inside the cluster, normally allocated automatically. "None" makes a headless service with no virtual IP. Cannot be changed once set, except by changing the type.</summary>
    /// <remarks>"None" (<see cref="Service.ClusterIPNone"/>) makes a headless service.</remarks>
    public string? ClusterIP { get; set; }

    /// <summary>The service's virtual IP addresses, at most one per IP family; the first is the same as clusterIP.</summary>
    /// <remarks>At most two entries; the first equals <see cref="ClusterIP"/>.</remarks>
    public List<string>? ClusterIPs { get; set; }

    /// <summary>How the service is exposed: ClusterIP (inside the cluster only), NodePort (also on a port of every node), LoadBalancer (also through an external load balancer) or ExternalName (a DNS alias). Defaults to ClusterIP.</summary>
    /// <remarks>Defaults to ClusterIP upstream.</remarks>
    public string? Type { get; set; }

    /// <summary>Extra IP addresses, not managed by the cluster, on which nodes also accept traffic for this service.</summary>
    public List<string>? ExternalIPs { get; set; }

    /// <summary>ClientIP sends all connections from the same client to the same pod; None (the default) does not.</summary>
    /// <remarks>Defaults to None upstream.</remarks>
    public string? SessionAffinity { get; set; }

    /// <summary>Deprecated: the IP address requested for a LoadBalancer service, where the provider supports it.</summary>
    /// <remarks>Deprecated upstream; implementation-specific annotations are preferred.</remarks>
    public string? LoadBalancerIP { get; set; }

    /// <summary>Client address ranges (CIDRs) allowed to reach a LoadBalancer service, where the provider supports it.</summary>
    public List<string>? LoadBalancerSourceRanges { get; set; }

    /// <summary>For type ExternalName: the DNS name the service's name resolves to, as a CNAME record.</summary>
    public string? ExternalName { get; set; }

    /// <summary>How traffic from outside the cluster is routed: Cluster (to any ready pod) or Local (only to pods on the receiving node, preserving the client's IP).</summary>
    public string? ExternalTrafficPolicy { get; set; }

    /// <summary>For a LoadBalancer service with externalTrafficPolicy Local: the node port on which load balancers check whether a node has local pods. Allocated automatically when not set.</summary>
    public int? HealthCheckNodePort { get; set; }

    /// <summary>Publish the addresses of pods that are not ready, for example so that peers of a StatefulSet can find each other while starting. Defaults to false.</summary>
    public bool? PublishNotReadyAddresses { get; set; }

    /// <summary>Settings for session affinity, such as how long a client stays with the same pod.</summary>
    public SessionAffinityConfig? SessionAffinityConfig { get; set; }

    /// <summary>The IP families (IPv4, IPv6) the service uses, at most one of each; the first is its primary family.</summary>
    /// <remarks><see cref="IPFamily"/> values; at most two.</remarks>
    public List<string>? IPFamilies { get; set; }

    /// <summary>Whether the service is single-stack or dual-stack: SingleStack, PreferDualStack or RequireDualStack. Defaults to SingleStack.</summary>
    /// <remarks>SingleStack, PreferDualStack or RequireDualStack; defaulted to SingleStack upstream.</remarks>
    public string? IPFamilyPolicy { get; set; }

    /// <summary>For type LoadBalancer: whether node ports are allocated too. Defaults to true; set false when the load balancer sends traffic straight to pods.</summary>
    public bool? AllocateLoadBalancerNodePorts { get; set; }

    /// <summary>For type LoadBalancer: which load balancer implementation should serve the service. Defaults to the cluster's default implementation. Immutable.</summary>
    public string? LoadBalancerClass { get; set; }

    /// <summary>How traffic from inside the cluster is routed: Cluster (to any ready pod, the default) or Local (only to pods on the sending node).</summary>
    public string? InternalTrafficPolicy { get; set; }

    /// <summary>A preference for how traffic is spread across endpoints, such as PreferClose to favor topologically nearby endpoints.</summary>
    /// <remarks>A <see cref="ServiceTrafficDistribution"/> value.</remarks>
    public string? TrafficDistribution { get; set; }
}
