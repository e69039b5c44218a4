using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>A Pod is the smallest unit the cluster runs: one or more containers that are scheduled together onto one node and share its network and storage.</summary>
/// <remarks>core/v1 Pod. Spec and status are always written.</remarks>
[KubeKind("", "v1", "pods", ShortNames = ["po"], Categories = ["all"],
    Subresources = ["status", "binding", "eviction", "log", "exec", "attach", "portforward", "proxy", "ephemeralcontainers"])]
public sealed class Pod : KubeObject
{
    /// <summary>The desired state of the pod: its containers, volumes and scheduling constraints.</summary>
    public PodSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the pod, reported by the system. Read-only.</summary>
    public PodStatus Status { get; set => field = value ?? new(); } = new();
}
