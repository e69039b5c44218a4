namespace Dotkube.Api.Autoscaling.V2;

/// <summary>Values of <c>HPAScalingPolicy.type</c>.</summary>
public static class HPAScalingPolicyType
{
    public const string Pods = "Pods";
    public const string Percent = "Percent";
}
