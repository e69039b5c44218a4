using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>A Node is a machine, physical or virtual, that runs pods; its kubelet registers it and reports its state.</summary>
/// <remarks>core/v1 Node: a worker machine, cluster-scoped.</remarks>
[KubeKind("", "v1", "nodes", Namespaced = false, ShortNames = ["no"], Subresources = ["status", "proxy"])]
public sealed class Node : KubeObject
{
    /// <summary>How the node is configured for scheduling, such as its taints and whether new pods may be placed on it.</summary>
    public NodeSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the node: its capacity, conditions, addresses and system information. Read-only.</summary>
    public NodeStatus Status { get; set => field = value ?? new(); } = new();
}
