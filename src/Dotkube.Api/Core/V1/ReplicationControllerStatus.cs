using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ReplicationControllerStatus; replicas is always written.</summary>
public sealed class ReplicationControllerStatus
{
    public int Replicas { get; set; }

    public int? FullyLabeledReplicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? AvailableReplicas { get; set; }

    public long? ObservedGeneration { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<ReplicationControllerCondition>? Conditions { get; set; }
}
