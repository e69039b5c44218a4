namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ScaleIOPersistentVolumeSource.</summary>
public sealed class ScaleIOPersistentVolumeSource
{
    public string Gateway { get; set; } = "";

    public string System { get; set; } = "";

    /// <summary>Required by validation; a pointer without omitempty upstream, here null is omitted.</summary>
    public SecretReference? SecretRef { get; set; }

    public bool? SslEnabled { get; set; }

    public string? ProtectionDomain { get; set; }

    public string? StoragePool { get; set; }

    /// <summary>ThickProvisioned or ThinProvisioned (the default).</summary>
    public string? StorageMode { get; set; }

    public string? VolumeName { get; set; }

    /// <summary>Defaults to "xfs" upstream.</summary>
    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }
}
