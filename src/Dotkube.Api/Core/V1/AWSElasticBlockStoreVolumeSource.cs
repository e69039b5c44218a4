namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 AWSElasticBlockStoreVolumeSource (in-tree plugin, migrated to CSI upstream).</summary>
public sealed class AWSElasticBlockStoreVolumeSource
{
    public string VolumeID { get; set; } = "";

    public string? FsType { get; set; }

    public int? Partition { get; set; }

    public bool? ReadOnly { get; set; }
}
