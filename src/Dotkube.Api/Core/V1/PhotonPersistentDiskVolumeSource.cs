namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PhotonPersistentDiskVolumeSource.</summary>
public sealed class PhotonPersistentDiskVolumeSource
{
    public string PdID { get; set; } = "";

    public string? FsType { get; set; }
}
