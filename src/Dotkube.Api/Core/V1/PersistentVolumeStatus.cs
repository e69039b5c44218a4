namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolumeStatus.</summary>
public sealed class PersistentVolumeStatus
{
    /// <summary>A <see cref="PersistentVolumePhase"/> value.</summary>
    public string? Phase { get; set; }

    public string? Message { get; set; }

    public string? Reason { get; set; }

    /// <summary>Reset to the current time on every phase change.</summary>
    public DateTimeOffset? LastPhaseTransitionTime { get; set; }
}
