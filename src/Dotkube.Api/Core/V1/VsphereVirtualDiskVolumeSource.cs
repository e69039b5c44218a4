namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 VsphereVirtualDiskVolumeSource (in-tree plugin, migrated to CSI upstream).</summary>
public sealed class VsphereVirtualDiskVolumeSource
{
    public string VolumePath { get; set; } = "";

    public string? FsType { get; set; }

    public string? StoragePolicyName { get; set; }

    public string? StoragePolicyID { get; set; }
}
