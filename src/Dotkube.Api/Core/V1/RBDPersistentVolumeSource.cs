namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 RBDPersistentVolumeSource: a Ceph RADOS block device.</summary>
public sealed class RBDPersistentVolumeSource
{
    /// <summary>No omitempty upstream, so always written.</summary>
    public List<string> Monitors { get; set => field = value ?? []; } = [];

    public string Image { get; set; } = "";

    public string? FsType { get; set; }

    /// <summary>Defaults to "rbd" upstream.</summary>
    public string? Pool { get; set; }

    /// <summary>Defaults to "admin" upstream.</summary>
    public string? User { get; set; }

    /// <summary>Defaults to /etc/ceph/keyring upstream.</summary>
    public string? Keyring { get; set; }

    public SecretReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
