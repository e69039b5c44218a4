namespace Dotkube.Api.Autoscaling.V2;

/// <summary>Values of <c>HPAScalingRules.selectPolicy</c>.</summary>
public static class ScalingPolicySelect
{
    public const string Max = "Max";
    public const string Min = "Min";
    public const string Disabled = "Disabled";
}
