namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ModifyVolumeStatus: progress of a ControllerModifyVolume operation.</summary>
public sealed class ModifyVolumeStatus
{
    public string? TargetVolumeAttributesClassName { get; set; }

    /// <summary>A <see cref="PersistentVolumeClaimModifyVolumeStatus"/> value; consumers must tolerate unknown ones.</summary>
    public string Status { get; set; } = "";
}
