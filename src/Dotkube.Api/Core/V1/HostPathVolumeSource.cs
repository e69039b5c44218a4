namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 HostPathVolumeSource: a file or directory on the node.</summary>
public sealed class HostPathVolumeSource
{
    public string Path { get; set; } = "";

    /// <summary>One of <see cref="HostPathType"/>; defaults to "" (no check) upstream.</summary>
    public string? Type { get; set; }
}
