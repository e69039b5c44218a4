using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Apps.V1;

/// <summary>The desired state of a StatefulSet: its pods, their per-pod storage, and the order in which they are created, updated and removed.</summary>
public sealed class StatefulSetSpec
{
    /// <summary>The number of pods to run. Defaults to 1.</summary>
    /// <remarks>Defaults to 1, as upstream.</remarks>
    public int? Replicas { get; set; }

    /// <summary>Selects the pods this stateful set manages; it must match the template's labels. Required, and immutable after creation.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary>The template for the stateful set's pods; each pod gets a name and identity of its own.</summary>
    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    /// <summary>Templates for PersistentVolumeClaims created for each pod, giving every pod its own storage that it keeps across restarts. Each needs a matching volume mount in the template.</summary>
    public List<PersistentVolumeClaim>? VolumeClaimTemplates { get; set; }

    /// <summary>The name of the headless Service that gives the pods their network identity (pod-name.service-name).</summary>
    /// <remarks>Required upstream (no omitempty), so written even when empty.</remarks>
    public string ServiceName { get; set; } = "";

    /// <summary>OrderedReady creates and removes pods one at a time, in order; Parallel does not wait. Defaults to OrderedReady. Immutable.</summary>
    /// <remarks>See <see cref="PodManagementPolicyType"/>; defaults to OrderedReady.</remarks>
    public string? PodManagementPolicy { get; set; }

    /// <summary>How pods are replaced when the template changes.</summary>
    public StatefulSetUpdateStrategy UpdateStrategy { get; set => field = value ?? new(); } = new();

    /// <summary>How many old revisions to keep so that an update can be rolled back. Defaults to 10.</summary>
    /// <remarks>Defaults to 10, as upstream.</remarks>
    public int? RevisionHistoryLimit { get; set; }

    /// <summary>Seconds a new pod must be ready, without any container crashing, before it counts as available. Defaults to 0.</summary>
    public int? MinReadySeconds { get; set; }

    /// <summary>Whether the claims created from volumeClaimTemplates are kept or deleted when the stateful set is deleted or scaled down. By default they are kept.</summary>
    public StatefulSetPersistentVolumeClaimRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; set; }

    /// <summary>The number the first pod's ordinal starts at. Defaults to 0.</summary>
    public StatefulSetOrdinals? Ordinals { get; set; }
}
