using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Apps.V1;

/// <summary>The desired state of a ReplicaSet: which pods it manages, how many, and the template for new ones.</summary>
public sealed class ReplicaSetSpec
{
    /// <summary>The number of pods to run. Defaults to 1.</summary>
    /// <remarks>Defaults to 1, as upstream.</remarks>
    public int? Replicas { get; set; }

    /// <summary>Seconds a new pod must be ready, without any container crashing, before it counts as available. Defaults to 0.</summary>
    public int? MinReadySeconds { get; set; }

    /// <summary>Selects the pods this replica set counts and manages; it must match the template's labels. Required.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary>The template for pods created when too few are running. Changing it does not affect existing pods.</summary>
    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();
}
