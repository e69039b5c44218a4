namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LocalVolumeSource: directly attached storage, used with node affinity.</summary>
public sealed class LocalVolumeSource
{
    public string Path { get; set; } = "";

    /// <summary>Only applies when <see cref="Path"/> is a block device.</summary>
    public string? FsType { get; set; }
}
