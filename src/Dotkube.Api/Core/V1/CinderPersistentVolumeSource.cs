namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 CinderPersistentVolumeSource (OpenStack).</summary>
public sealed class CinderPersistentVolumeSource
{
    public string VolumeID { get; set; } = "";

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }

    public SecretReference? SecretRef { get; set; }
}
