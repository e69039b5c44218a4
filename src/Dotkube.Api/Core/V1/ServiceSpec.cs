using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ServiceSpec. Enum-like strings use the constants in <see cref="ServiceType"/> and friends.</summary>
public sealed class ServiceSpec
{
    /// <summary>The list map key is (port, protocol), but the strategic merge key upstream is port alone.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("port")]
    public List<ServicePort>? Ports { get; set; }

    public Dictionary<string, string>? Selector { get; set; }

    /// <summary>"None" (<see cref="Service.ClusterIPNone"/>) makes a headless service.</summary>
    public string? ClusterIP { get; set; }

    /// <summary>At most two entries; the first equals <see cref="ClusterIP"/>.</summary>
    public List<string>? ClusterIPs { get; set; }

    /// <summary>Defaults to ClusterIP upstream.</summary>
    public string? Type { get; set; }

    public List<string>? ExternalIPs { get; set; }

    /// <summary>Defaults to None upstream.</summary>
    public string? SessionAffinity { get; set; }

    /// <summary>Deprecated upstream; implementation-specific annotations are preferred.</summary>
    public string? LoadBalancerIP { get; set; }

    public List<string>? LoadBalancerSourceRanges { get; set; }

    public string? ExternalName { get; set; }

    public string? ExternalTrafficPolicy { get; set; }

    public int? HealthCheckNodePort { get; set; }

    public bool? PublishNotReadyAddresses { get; set; }

    public SessionAffinityConfig? SessionAffinityConfig { get; set; }

    /// <summary><see cref="IPFamily"/> values; at most two.</summary>
    public List<string>? IPFamilies { get; set; }

    /// <summary>SingleStack, PreferDualStack or RequireDualStack; defaulted to SingleStack upstream.</summary>
    public string? IPFamilyPolicy { get; set; }

    public bool? AllocateLoadBalancerNodePorts { get; set; }

    public string? LoadBalancerClass { get; set; }

    public string? InternalTrafficPolicy { get; set; }

    /// <summary>A <see cref="ServiceTrafficDistribution"/> value.</summary>
    public string? TrafficDistribution { get; set; }
}
