namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 GitRepoVolumeSource (deprecated upstream: clone in an init container instead).</summary>
public sealed class GitRepoVolumeSource
{
    public string Repository { get; set; } = "";

    public string? Revision { get; set; }

    public string? Directory { get; set; }
}
