using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>v1.32 shape: podReplacementPolicy arrived in 1.33 and is deliberately absent.</summary>
public sealed class DeploymentSpec
{
    /// <summary>Defaults to 1, as upstream.</summary>
    public int? Replicas { get; set; }

    public LabelSelector? Selector { get; set; }

    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    /// <summary>retainKeys: switching type to Recreate in a patch drops the old rollingUpdate.</summary>
    [PatchStrategy("retainKeys")]
    public DeploymentStrategy Strategy { get; set => field = value ?? new(); } = new();

    public int? MinReadySeconds { get; set; }

    /// <summary>Defaults to 10, as upstream.</summary>
    public int? RevisionHistoryLimit { get; set; }

    public bool? Paused { get; set; }

    /// <summary>Defaults to 600, as upstream.</summary>
    public int? ProgressDeadlineSeconds { get; set; }
}
