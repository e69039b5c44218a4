using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>The observed state of a pod: its phase, conditions, IP addresses and the state of each container. Set by the system, not by users.</summary>
/// <remarks>core/v1 PodStatus, written by the scheduler (conditions, nominatedNodeName) and the kubelet.</remarks>
public sealed class PodStatus
{
    /// <summary>Where the pod is in its lifecycle: Pending, Running, Succeeded, Failed or Unknown.</summary>
    /// <remarks>One of <see cref="PodPhase"/>.</remarks>
    public string? Phase { get; set; }

    /// <summary>The pod's current conditions, such as PodScheduled, Initialized, ContainersReady and Ready.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<PodCondition>? Conditions { get; set; }

    /// <summary>A human-readable message explaining why the pod is in its current state.</summary>
    public string? Message { get; set; }

    /// <summary>A short machine-readable reason for the pod's current state, such as "Evicted".</summary>
    /// <remarks>A CamelCase reason such as "Evicted".</remarks>
    public string? Reason { get; set; }

    /// <summary>The node this pod is expected to run on once the lower-priority pods it preempted have gone. Not a guarantee of placement.</summary>
    public string? NominatedNodeName { get; set; }

    /// <summary>The primary IP address of the node the pod is assigned to.</summary>
    public string? HostIP { get; set; }

    /// <summary>The IP addresses of the pod's node, at most one per IP family; the first is the same as hostIP.</summary>
    /// <remarks>The first entry must equal hostIP.</remarks>
    [PatchStrategy("merge")]
    [PatchMergeKey("ip")]
    public List<HostIP>? HostIPs { get; set; }

    /// <summary>The primary IP address allocated to the pod, reachable from the rest of the cluster.</summary>
    public string? PodIP { get; set; }

    /// <summary>The IP addresses allocated to the pod, at most one per IP family; the first is the same as podIP.</summary>
    /// <remarks>The first entry must equal podIP; at most one per IP family.</remarks>
    [PatchStrategy("merge")]
    [PatchMergeKey("ip")]
    public List<PodIP>? PodIPs { get; set; }

    /// <summary>When the kubelet accepted the pod, before any of its images were pulled.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>The current state of each init container.</summary>
    public List<ContainerStatus>? InitContainerStatuses { get; set; }

    /// <summary>The current state of each application container.</summary>
    public List<ContainerStatus>? ContainerStatuses { get; set; }

    /// <summary>The pod's quality-of-service class, derived from its resource requests and limits: Guaranteed, Burstable or BestEffort.</summary>
    /// <remarks>One of <see cref="PodQOSClass"/>.</remarks>
    public string? QosClass { get; set; }

    /// <summary>The current state of each ephemeral container.</summary>
    public List<ContainerStatus>? EphemeralContainerStatuses { get; set; }

    /// <summary>Progress of an in-place resize of the pod's container resources: Proposed, InProgress, Deferred or Infeasible.</summary>
    /// <remarks>Proposed, InProgress, Deferred or Infeasible (InPlacePodVerticalScaling).</remarks>
    public string? Resize { get; set; }

    /// <summary>The names of the ResourceClaims generated for the pod's resource claims.</summary>
    [PatchStrategy("merge,retainKeys")]
    [PatchMergeKey("name")]
    public List<PodResourceClaimStatus>? ResourceClaimStatuses { get; set; }
}
