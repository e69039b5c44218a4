namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ImageVolumeSource: an OCI image or artifact mounted read-only (ImageVolume gate).</summary>
public sealed class ImageVolumeSource
{
    public string? Reference { get; set; }

    /// <summary>One of <see cref="Dotkube.Api.Core.V1.PullPolicy"/>.</summary>
    public string? PullPolicy { get; set; }
}
