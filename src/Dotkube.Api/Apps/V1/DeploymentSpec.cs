using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>The desired state of a Deployment: which pods to run, how many, and how to replace them when the template changes.</summary>
/// <remarks>v1.32 shape: podReplacementPolicy arrived in 1.33 and is deliberately absent.</remarks>
public sealed class DeploymentSpec
{
    /// <summary>The number of pods to run. Defaults to 1.</summary>
    /// <remarks>Defaults to 1, as upstream.</remarks>
    public int? Replicas { get; set; }

    /// <summary>Selects the pods this deployment manages; it must match the template's labels. Required, and immutable after creation.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary>The template for the pods the deployment creates. Changing it starts a new rollout; its restartPolicy must be Always.</summary>
    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    /// <summary>How old pods are replaced with new ones during a rollout.</summary>
    /// <remarks>retainKeys: switching type to Recreate in a patch drops the old rollingUpdate.</remarks>
    [PatchStrategy("retainKeys")]
    public DeploymentStrategy Strategy { get; set => field = value ?? new(); } = new();

    /// <summary>Seconds a new pod must be ready, without any container crashing, before it counts as available. Defaults to 0.</summary>
    public int? MinReadySeconds { get; set; }

    /// <summary>How many old ReplicaSets to keep so that a rollout can be undone. Defaults to 10.</summary>
    /// <remarks>Defaults to 10, as upstream.</remarks>
    public int? RevisionHistoryLimit { get; set; }

    /// <summary>When true, changes to the template do not start a rollout until the deployment is resumed.</summary>
    public bool? Paused { get; set; }

    /// <summary>Seconds a rollout may go without progress before it is reported as failed (the rollout itself is not stopped). Defaults to 600.</summary>
    /// <remarks>Defaults to 600, as upstream.</remarks>
    public int? ProgressDeadlineSeconds { get; set; }
}
