namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 DownwardAPIVolumeSource: pod fields and container resources as files.</summary>
public sealed class DownwardAPIVolumeSource
{
    /// <summary>Upstream's defaultMode when unset (0644).</summary>
    public const int DefaultModeValue = 420;

    public List<DownwardAPIVolumeFile>? Items { get; set; }

    public int? DefaultMode { get; set; }
}
