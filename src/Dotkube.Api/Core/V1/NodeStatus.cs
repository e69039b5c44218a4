using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>The observed state of a Node: its resources, health conditions, addresses and software versions. Set by the system, not by users.</summary>
/// <remarks>core/v1 NodeStatus, reported by the kubelet and the node lifecycle controller.</remarks>
public sealed class NodeStatus
{
    /// <summary>The total amount of each resource (CPU, memory, pods, ...) the node has.</summary>
    public Dictionary<string, Quantity>? Capacity { get; set; }

    /// <summary>The amount of each resource available to pods, after reservations for the system. Defaults to capacity.</summary>
    /// <remarks>Defaults to <see cref="Capacity"/> upstream.</remarks>
    public Dictionary<string, Quantity>? Allocatable { get; set; }

    /// <summary>Deprecated and never set.</summary>
    /// <remarks>Never populated upstream and deprecated; kept so old objects round-trip.</remarks>
    public string? Phase { get; set; }

    /// <summary>The node's current conditions, such as Ready, MemoryPressure, DiskPressure and PIDPressure.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<NodeCondition>? Conditions { get; set; }

    /// <summary>The node's addresses, such as its hostname and internal and external IPs.</summary>
    /// <remarks>Declared mergeable by type upstream although the key is not unique (pr.k8s.io/79391).</remarks>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<NodeAddress>? Addresses { get; set; }

    /// <summary>The ports of daemons, such as the kubelet, that run on the node.</summary>
    /// <remarks>A non-pointer struct upstream, so always written.</remarks>
    public NodeDaemonEndpoints DaemonEndpoints { get; set => field = value ?? new(); } = new();

    /// <summary>Facts about the node: operating system, architecture, kernel, container runtime and kubelet versions.</summary>
    /// <remarks>A non-pointer struct upstream, so always written.</remarks>
    public NodeSystemInfo NodeInfo { get; set => field = value ?? new(); } = new();

    /// <summary>Container images present on the node.</summary>
    public List<ContainerImage>? Images { get; set; }

    /// <summary>The volumes that are in use (mounted) on the node.</summary>
    /// <remarks>UniqueVolumeName values ("kubernetes.io/csi/driver^handle").</remarks>
    public List<string>? VolumesInUse { get; set; }

    /// <summary>The volumes that are attached to the node.</summary>
    public List<AttachedVolume>? VolumesAttached { get; set; }

    /// <summary>Deprecated: the state of the node's dynamic kubelet configuration.</summary>
    public NodeConfigStatus? Config { get; set; }

    /// <summary>The runtime handlers (container runtime configurations) the node supports, and their features.</summary>
    public List<NodeRuntimeHandler>? RuntimeHandlers { get; set; }

    /// <summary>Optional features the node supports.</summary>
    public NodeFeatures? Features { get; set; }
}
