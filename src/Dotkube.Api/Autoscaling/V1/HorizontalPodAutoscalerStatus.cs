namespace Dotkube.Api.Autoscaling.V1;

public sealed class HorizontalPodAutoscalerStatus
{
    public long? ObservedGeneration { get; set; }

    public DateTimeOffset? LastScaleTime { get; set; }

    public int CurrentReplicas { get; set; }

    public int DesiredReplicas { get; set; }

    public int? CurrentCPUUtilizationPercentage { get; set; }
}
