namespace Dotkube.Api.Core.V1;

/// <summary>
/// The taint keys Kubernetes itself puts on nodes (upstream core/v1 well_known_taints.go): the node
/// lifecycle controller derives them from node conditions and spec.unschedulable, the scheduler and
/// the DefaultTolerationSeconds admission plugin know them by name.
/// </summary>
public static class WellKnownTaints
{
    /// <summary>The Ready condition is False.</summary>
    public const string NodeNotReady = "node.kubernetes.io/not-ready";

    /// <summary>The Ready condition is Unknown: the node controller stopped hearing from the kubelet.</summary>
    public const string NodeUnreachable = "node.kubernetes.io/unreachable";

    /// <summary>spec.unschedulable is true (kubectl cordon).</summary>
    public const string NodeUnschedulable = "node.kubernetes.io/unschedulable";

    public const string NodeMemoryPressure = "node.kubernetes.io/memory-pressure";

    public const string NodeDiskPressure = "node.kubernetes.io/disk-pressure";

    public const string NodeNetworkUnavailable = "node.kubernetes.io/network-unavailable";

    public const string NodePIDPressure = "node.kubernetes.io/pid-pressure";
}
