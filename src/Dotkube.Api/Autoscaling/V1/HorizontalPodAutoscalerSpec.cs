namespace Dotkube.Api.Autoscaling.V1;

public sealed class HorizontalPodAutoscalerSpec
{
    public CrossVersionObjectReference ScaleTargetRef { get; set => field = value ?? new(); } = new();

    /// <summary>Defaults to 1, as upstream.</summary>
    public int? MinReplicas { get; set; }

    public int MaxReplicas { get; set; }

    public int? TargetCPUUtilizationPercentage { get; set; }
}
