namespace Dotkube.Api.Apps.V1;

/// <summary>Whether the PersistentVolumeClaims a StatefulSet created from its volumeClaimTemplates are kept (Retain) or deleted (Delete). Both fields default to Retain.</summary>
/// <remarks>Values are <see cref="PersistentVolumeClaimRetentionPolicyType"/>; both default to Retain.</remarks>
public sealed class StatefulSetPersistentVolumeClaimRetentionPolicy
{
    /// <summary>What happens to the claims when the stateful set is deleted: Retain or Delete. Defaults to Retain.</summary>
    public string? WhenDeleted { get; set; }

    /// <summary>What happens to the claims of pods removed by scaling down: Retain or Delete. Defaults to Retain.</summary>
    public string? WhenScaled { get; set; }
}
