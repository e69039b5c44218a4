namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 StorageOSVolumeSource.</summary>
public sealed class StorageOSVolumeSource
{
    public string? VolumeName { get; set; }

    public string? VolumeNamespace { get; set; }

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }

    public LocalObjectReference? SecretRef { get; set; }
}
