using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeStatus, reported by the kubelet and the node lifecycle controller.</summary>
public sealed class NodeStatus
{
    public Dictionary<string, Quantity>? Capacity { get; set; }

    /// <summary>Defaults to <see cref="Capacity"/> upstream.</summary>
    public Dictionary<string, Quantity>? Allocatable { get; set; }

    /// <summary>Never populated upstream and deprecated; kept so old objects round-trip.</summary>
    public string? Phase { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<NodeCondition>? Conditions { get; set; }

    /// <summary>Declared mergeable by type upstream although the key is not unique (pr.k8s.io/79391).</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<NodeAddress>? Addresses { get; set; }

    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public NodeDaemonEndpoints DaemonEndpoints { get; set => field = value ?? new(); } = new();

    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public NodeSystemInfo NodeInfo { get; set => field = value ?? new(); } = new();

    public List<ContainerImage>? Images { get; set; }

    /// <summary>UniqueVolumeName values ("kubernetes.io/csi/driver^handle").</summary>
    public List<string>? VolumesInUse { get; set; }

    public List<AttachedVolume>? VolumesAttached { get; set; }

    public NodeConfigStatus? Config { get; set; }

    public List<NodeRuntimeHandler>? RuntimeHandlers { get; set; }

    public NodeFeatures? Features { get; set; }
}
