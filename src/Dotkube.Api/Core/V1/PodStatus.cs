using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodStatus, written by the scheduler (conditions, nominatedNodeName) and the kubelet.</summary>
public sealed class PodStatus
{
    /// <summary>One of <see cref="PodPhase"/>.</summary>
    public string? Phase { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<PodCondition>? Conditions { get; set; }

    public string? Message { get; set; }

    /// <summary>A CamelCase reason such as "Evicted".</summary>
    public string? Reason { get; set; }

    public string? NominatedNodeName { get; set; }

    public string? HostIP { get; set; }

    /// <summary>The first entry must equal hostIP.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("ip")]
    public List<HostIP>? HostIPs { get; set; }

    public string? PodIP { get; set; }

    /// <summary>The first entry must equal podIP; at most one per IP family.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("ip")]
    public List<PodIP>? PodIPs { get; set; }

    public DateTimeOffset? StartTime { get; set; }

    public List<ContainerStatus>? InitContainerStatuses { get; set; }

    public List<ContainerStatus>? ContainerStatuses { get; set; }

    /// <summary>One of <see cref="PodQOSClass"/>.</summary>
    public string? QosClass { get; set; }

    public List<ContainerStatus>? EphemeralContainerStatuses { get; set; }

    /// <summary>Proposed, InProgress, Deferred or Infeasible (InPlacePodVerticalScaling).</summary>
    public string? Resize { get; set; }

    [PatchStrategy("merge,retainKeys")]
    [PatchMergeKey("name")]
    public List<PodResourceClaimStatus>? ResourceClaimStatuses { get; set; }
}
