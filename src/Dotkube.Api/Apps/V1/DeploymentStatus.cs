using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>The observed state of a Deployment: how many of its pods exist, are up to date and are available. Set by the system, not by users.</summary>
/// <remarks>v1.32 shape: terminatingReplicas arrived in 1.33 and is deliberately absent.</remarks>
public sealed class DeploymentStatus
{
    /// <summary>The generation of the deployment that this status describes; when it is behind metadata.generation, the latest change has not been acted on yet.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>The number of pods, old and new, that the deployment currently has.</summary>
    public int? Replicas { get; set; }

    /// <summary>The number of pods created from the current template.</summary>
    public int? UpdatedReplicas { get; set; }

    /// <summary>The number of pods that are ready.</summary>
    public int? ReadyReplicas { get; set; }

    /// <summary>The number of pods that have been ready for at least minReadySeconds.</summary>
    public int? AvailableReplicas { get; set; }

    /// <summary>The number of pods still missing for the deployment to be fully available.</summary>
    public int? UnavailableReplicas { get; set; }

    /// <summary>The deployment's current conditions, such as Available and Progressing.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<DeploymentCondition>? Conditions { get; set; }

    /// <summary>A counter used to give new ReplicaSets a unique name when the usual name is already taken.</summary>
    public int? CollisionCount { get; set; }
}
