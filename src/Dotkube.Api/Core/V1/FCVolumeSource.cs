namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 FCVolumeSource: Fibre Channel, by target WWNs plus lun, or by WWIDs.</summary>
public sealed class FCVolumeSource
{
    public List<string>? TargetWWNs { get; set; }

    public int? Lun { get; set; }

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }

    /// <summary>Upstream key "wwids"; named so the camelCase policy gives exactly that.</summary>
    public List<string>? Wwids { get; set; }
}
