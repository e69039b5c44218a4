namespace Dotkube.Api.Autoscaling.V2;

/// <summary>
/// Rate limits for one scaling direction. v1.32 has no <c>tolerance</c> field (added in 1.33).
/// </summary>
public sealed class HPAScalingRules
{
    /// <summary>Defaults upstream: 0 for scale up, 300 for scale down.</summary>
    public int? StabilizationWindowSeconds { get; set; }

    /// <summary>See <see cref="ScalingPolicySelect"/>; defaults to Max.</summary>
    public string? SelectPolicy { get; set; }

    public List<HPAScalingPolicy>? Policies { get; set; }
}
