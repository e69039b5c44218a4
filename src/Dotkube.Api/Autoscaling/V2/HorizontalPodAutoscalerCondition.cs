namespace Dotkube.Api.Autoscaling.V2;

public sealed class HorizontalPodAutoscalerCondition
{
    /// <summary>See <see cref="HorizontalPodAutoscalerConditionType"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>"True", "False" or "Unknown".</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
