namespace Dotkube.Api.Apps.V1;

/// <summary>Values of <c>StatefulSetUpdateStrategy.type</c>.</summary>
public static class StatefulSetUpdateStrategyType
{
    public const string RollingUpdate = "RollingUpdate";
    public const string OnDelete = "OnDelete";
}
