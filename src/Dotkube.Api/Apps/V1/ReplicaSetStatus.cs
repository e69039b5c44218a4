using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>v1.32 shape: terminatingReplicas arrived in 1.33 and is deliberately absent.</summary>
public sealed class ReplicaSetStatus
{
    public int Replicas { get; set; }

    public int? FullyLabeledReplicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? AvailableReplicas { get; set; }

    public long? ObservedGeneration { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<ReplicaSetCondition>? Conditions { get; set; }
}
