namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 FlexVolumeSource: a volume handled by an exec-based driver on the node.</summary>
public sealed class FlexVolumeSource
{
    public string Driver { get; set; } = "";

    public string? FsType { get; set; }

    public LocalObjectReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }

    public Dictionary<string, string>? Options { get; set; }
}
