namespace Dotkube.Api.Apps.V1;

/// <summary>Values are <see cref="PersistentVolumeClaimRetentionPolicyType"/>; both default to Retain.</summary>
public sealed class StatefulSetPersistentVolumeClaimRetentionPolicy
{
    public string? WhenDeleted { get; set; }

    public string? WhenScaled { get; set; }
}
