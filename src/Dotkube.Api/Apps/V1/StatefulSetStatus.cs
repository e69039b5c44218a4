using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

public sealed class StatefulSetStatus
{
    public long? ObservedGeneration { get; set; }

    public int Replicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? CurrentReplicas { get; set; }

    public int? UpdatedReplicas { get; set; }

    public string? CurrentRevision { get; set; }

    public string? UpdateRevision { get; set; }

    public int? CollisionCount { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<StatefulSetCondition>? Conditions { get; set; }

    /// <summary>No omitempty upstream, so written even when 0.</summary>
    public int AvailableReplicas { get; set; }
}
