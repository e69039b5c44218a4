namespace Dotkube.Api.Policy.V1;

/// <summary>Values of <c>PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy</c>.</summary>
public static class UnhealthyPodEvictionPolicyType
{
    public const string IfHealthyBudget = "IfHealthyBudget";
    public const string AlwaysAllow = "AlwaysAllow";
}
