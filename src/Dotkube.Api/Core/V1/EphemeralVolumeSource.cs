namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EphemeralVolumeSource: a PVC created from the template and owned by the pod.</summary>
public sealed class EphemeralVolumeSource
{
    /// <summary>Required by validation, though omitempty on the wire.</summary>
    public PersistentVolumeClaimTemplate? VolumeClaimTemplate { get; set; }
}
