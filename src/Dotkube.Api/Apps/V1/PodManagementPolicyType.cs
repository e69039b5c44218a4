namespace Dotkube.Api.Apps.V1;

/// <summary>Values of <c>StatefulSetSpec.podManagementPolicy</c>.</summary>
public static class PodManagementPolicyType
{
    public const string OrderedReady = "OrderedReady";
    public const string Parallel = "Parallel";
}
