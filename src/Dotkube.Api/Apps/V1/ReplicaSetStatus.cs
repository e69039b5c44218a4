using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>The observed state of a ReplicaSet: how many of its pods exist, are ready and are available. Set by the system, not by users.</summary>
/// <remarks>v1.32 shape: terminatingReplicas arrived in 1.33 and is deliberately absent.</remarks>
public sealed class ReplicaSetStatus
{
    /// <summary>The number of pods the replica set currently has.</summary>
    public int Replicas { get; set; }

    /// <summary>The number of pods whose labels match the labels of the pod template.</summary>
    public int? FullyLabeledReplicas { get; set; }

    /// <summary>The number of pods that are ready.</summary>
    public int? ReadyReplicas { get; set; }

    /// <summary>The number of pods that have been ready for at least minReadySeconds.</summary>
    public int? AvailableReplicas { get; set; }

    /// <summary>The generation of the replica set that this status describes.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>The replica set's current conditions, such as ReplicaFailure.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<ReplicaSetCondition>? Conditions { get; set; }
}
