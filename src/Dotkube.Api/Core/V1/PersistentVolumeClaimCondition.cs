namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolumeClaimCondition.</summary>
public sealed class PersistentVolumeClaimCondition
{
    /// <summary>A <see cref="PersistentVolumeClaimConditionType"/> value.</summary>
    public string Type { get; set; } = "";

    /// <summary>"True", "False" or "Unknown".</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset LastProbeTime { get; set; }

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
