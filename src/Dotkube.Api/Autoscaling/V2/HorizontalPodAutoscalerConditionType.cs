namespace Dotkube.Api.Autoscaling.V2;

/// <summary>Condition types the HPA controller sets.</summary>
public static class HorizontalPodAutoscalerConditionType
{
    public const string ScalingActive = "ScalingActive";
    public const string AbleToScale = "AbleToScale";
    public const string ScalingLimited = "ScalingLimited";
}
