namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 FlexPersistentVolumeSource: a volume handled by an exec-based plugin.</summary>
public sealed class FlexPersistentVolumeSource
{
    public string Driver { get; set; } = "";

    public string? FsType { get; set; }

    public SecretReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }

    public Dictionary<string, string>? Options { get; set; }
}
