namespace Dotkube.Api.Batch.V1;

/// <summary>Values of <c>PodFailurePolicyOnExitCodesRequirement.operator</c>.</summary>
public static class PodFailurePolicyOnExitCodesOperator
{
    public const string In = "In";
    public const string NotIn = "NotIn";
}
