namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PortworxVolumeSource (in-tree plugin, migrated to CSI upstream).</summary>
public sealed class PortworxVolumeSource
{
    public string VolumeID { get; set; } = "";

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }
}
