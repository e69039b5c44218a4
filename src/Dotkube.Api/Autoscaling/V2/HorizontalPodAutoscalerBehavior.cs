namespace Dotkube.Api.Autoscaling.V2;

/// <summary>Scaling rules per direction; null directions use the upstream defaults.</summary>
public sealed class HorizontalPodAutoscalerBehavior
{
    public HPAScalingRules? ScaleUp { get; set; }

    public HPAScalingRules? ScaleDown { get; set; }
}
