namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ScaleIOVolumeSource.</summary>
public sealed class ScaleIOVolumeSource
{
    public string Gateway { get; set; } = "";

    public string System { get; set; } = "";

    /// <summary>Required upstream (no omitempty), but a pointer: written when set.</summary>
    public LocalObjectReference? SecretRef { get; set; }

    public bool? SslEnabled { get; set; }

    public string? ProtectionDomain { get; set; }

    public string? StoragePool { get; set; }

    /// <summary>ThickProvisioned or ThinProvisioned; defaulted to ThinProvisioned upstream.</summary>
    public string? StorageMode { get; set; }

    public string? VolumeName { get; set; }

    /// <summary>Defaulted to "xfs" upstream.</summary>
    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }
}
