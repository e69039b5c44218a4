namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 PodCondition. The times are non-pointer metav1.Time upstream, which Go writes as
/// null when zero; here an unset time is simply absent.
/// </summary>
public sealed class PodCondition
{
    /// <summary>One of <see cref="PodConditionType"/> or a readiness-gate condition.</summary>
    public string Type { get; set; } = "";

    /// <summary>One of <see cref="ConditionStatus"/>.</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset LastProbeTime { get; set; }

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
