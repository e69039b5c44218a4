using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>v1.32 shape: terminatingReplicas arrived in 1.33 and is deliberately absent.</summary>
public sealed class DeploymentStatus
{
    public long? ObservedGeneration { get; set; }

    public int? Replicas { get; set; }

    public int? UpdatedReplicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? AvailableReplicas { get; set; }

    public int? UnavailableReplicas { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<DeploymentCondition>? Conditions { get; set; }

    public int? CollisionCount { get; set; }
}
