namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 GCEPersistentDiskVolumeSource (in-tree plugin, migrated to CSI upstream).</summary>
public sealed class GCEPersistentDiskVolumeSource
{
    public string PdName { get; set; } = "";

    public string? FsType { get; set; }

    public int? Partition { get; set; }

    public bool? ReadOnly { get; set; }
}
