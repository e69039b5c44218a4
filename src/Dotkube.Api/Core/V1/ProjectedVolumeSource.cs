namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ProjectedVolumeSource: several sources merged into one directory.</summary>
public sealed class ProjectedVolumeSource
{
    /// <summary>No omitempty upstream, so always written.</summary>
    public List<VolumeProjection> Sources { get; set => field = value ?? []; } = [];

    public int? DefaultMode { get; set; }
}
