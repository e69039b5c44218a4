namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ISCSIPersistentVolumeSource.</summary>
public sealed class ISCSIPersistentVolumeSource
{
    public string TargetPortal { get; set; } = "";

    public string Iqn { get; set; } = "";

    public int Lun { get; set; }

    /// <summary>Defaults to "default" (tcp) upstream.</summary>
    public string? IscsiInterface { get; set; }

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }

    public List<string>? Portals { get; set; }

    public bool? ChapAuthDiscovery { get; set; }

    public bool? ChapAuthSession { get; set; }

    public SecretReference? SecretRef { get; set; }

    public string? InitiatorName { get; set; }
}
