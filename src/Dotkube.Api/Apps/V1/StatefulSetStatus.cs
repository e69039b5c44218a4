using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>The observed state of a StatefulSet: how many of its pods exist, are ready and run each revision. Set by the system, not by users.</summary>
public sealed class StatefulSetStatus
{
    /// <summary>The generation of the stateful set that this status describes.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>The number of pods the stateful set currently has.</summary>
    public int Replicas { get; set; }

    /// <summary>The number of pods that are ready.</summary>
    public int? ReadyReplicas { get; set; }

    /// <summary>The number of pods running the revision named by currentRevision.</summary>
    public int? CurrentReplicas { get; set; }

    /// <summary>The number of pods running the revision named by updateRevision.</summary>
    public int? UpdatedReplicas { get; set; }

    /// <summary>The revision of the pod template used for pods below the update partition, or for all pods once an update has finished.</summary>
    public string? CurrentRevision { get; set; }

    /// <summary>The revision of the pod template that pods are being updated to.</summary>
    public string? UpdateRevision { get; set; }

    /// <summary>A counter used to give new revisions a unique name when the usual name is already taken.</summary>
    public int? CollisionCount { get; set; }

    /// <summary>The stateful set's current conditions.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<StatefulSetCondition>? Conditions { get; set; }

    /// <summary>The number of pods that have been ready for at least minReadySeconds.</summary>
    /// <remarks>No omitempty upstream, so written even when 0.</remarks>
    public int AvailableReplicas { get; set; }
}
