namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolumeClaimVolumeSource: mounts the volume bound to a claim in the pod's namespace.</summary>
public sealed class PersistentVolumeClaimVolumeSource
{
    public string ClaimName { get; set; } = "";

    public bool? ReadOnly { get; set; }
}
