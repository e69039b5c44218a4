namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 CinderVolumeSource (OpenStack; in-tree plugin, migrated to CSI upstream).</summary>
public sealed class CinderVolumeSource
{
    public string VolumeID { get; set; } = "";

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }

    public LocalObjectReference? SecretRef { get; set; }
}
