namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 CSIVolumeSource: an inline ephemeral volume served by a CSI driver.</summary>
public sealed class CSIVolumeSource
{
    public string Driver { get; set; } = "";

    public bool? ReadOnly { get; set; }

    public string? FsType { get; set; }

    public Dictionary<string, string>? VolumeAttributes { get; set; }

    public LocalObjectReference? NodePublishSecretRef { get; set; }
}
