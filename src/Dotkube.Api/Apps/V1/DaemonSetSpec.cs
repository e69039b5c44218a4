using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Apps.V1;

/// <summary>The desired state of a DaemonSet: the pod to run on each eligible node and how to update it.</summary>
public sealed class DaemonSetSpec
{
    /// <summary>Selects the pods this daemon set manages; it must match the template's labels. Required, and immutable after creation.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary>The template for the pod run on each node. The template's node selector and affinity limit which nodes get one; its restartPolicy must be Always.</summary>
    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    /// <summary>How pods are replaced when the template changes.</summary>
    public DaemonSetUpdateStrategy UpdateStrategy { get; set => field = value ?? new(); } = new();

    /// <summary>Seconds a new pod must be ready, without any container crashing, before it counts as available. Defaults to 0.</summary>
    public int? MinReadySeconds { get; set; }

    /// <summary>How many old revisions to keep so that an update can be rolled back. Defaults to 10.</summary>
    /// <remarks>Defaults to 10, as upstream.</remarks>
    public int? RevisionHistoryLimit { get; set; }
}
