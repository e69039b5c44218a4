namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 AzureDiskVolumeSource (in-tree plugin, migrated to CSI upstream).</summary>
public sealed class AzureDiskVolumeSource
{
    public string DiskName { get; set; } = "";

    public string DiskURI { get; set; } = "";

    /// <summary>None, ReadOnly or ReadWrite; defaulted to ReadWrite upstream.</summary>
    public string? CachingMode { get; set; }

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }

    /// <summary>Shared, Dedicated or Managed; defaulted to Shared upstream.</summary>
    public string? Kind { get; set; }
}
