namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 RBDVolumeSource: a Ceph RADOS block device.</summary>
public sealed class RBDVolumeSource
{
    public List<string> Monitors { get; set => field = value ?? []; } = [];

    public string Image { get; set; } = "";

    public string? FsType { get; set; }

    /// <summary>Defaulted to "rbd" upstream.</summary>
    public string? Pool { get; set; }

    /// <summary>Defaulted to "admin" upstream.</summary>
    public string? User { get; set; }

    /// <summary>Defaulted to "/etc/ceph/keyring" upstream.</summary>
    public string? Keyring { get; set; }

    public LocalObjectReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
