namespace Dotkube.Api.Autoscaling.V2;

public sealed class HorizontalPodAutoscalerSpec
{
    public CrossVersionObjectReference ScaleTargetRef { get; set => field = value ?? new(); } = new();

    /// <summary>Defaults to 1, as upstream.</summary>
    public int? MinReplicas { get; set; }

    public int MaxReplicas { get; set; }

    /// <summary>Null means the upstream default: 80% average CPU utilization.</summary>
    public List<MetricSpec>? Metrics { get; set; }

    public HorizontalPodAutoscalerBehavior? Behavior { get; set; }
}
