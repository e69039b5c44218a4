using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Apps.V1;

public sealed class StatefulSetSpec
{
    /// <summary>Defaults to 1, as upstream.</summary>
    public int? Replicas { get; set; }

    public LabelSelector? Selector { get; set; }

    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    public List<PersistentVolumeClaim>? VolumeClaimTemplates { get; set; }

    /// <summary>Required upstream (no omitempty), so written even when empty.</summary>
    public string ServiceName { get; set; } = "";

    /// <summary>See <see cref="PodManagementPolicyType"/>; defaults to OrderedReady.</summary>
    public string? PodManagementPolicy { get; set; }

    public StatefulSetUpdateStrategy UpdateStrategy { get; set => field = value ?? new(); } = new();

    /// <summary>Defaults to 10, as upstream.</summary>
    public int? RevisionHistoryLimit { get; set; }

    public int? MinReadySeconds { get; set; }

    public StatefulSetPersistentVolumeClaimRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; set; }

    public StatefulSetOrdinals? Ordinals { get; set; }
}
