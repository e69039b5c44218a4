namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 DownwardAPIProjection: downward API files inside a projected volume.</summary>
public sealed class DownwardAPIProjection
{
    public List<DownwardAPIVolumeFile>? Items { get; set; }
}
