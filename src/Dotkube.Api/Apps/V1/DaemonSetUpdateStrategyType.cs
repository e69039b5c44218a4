namespace Dotkube.Api.Apps.V1;

/// <summary>Values of <c>DaemonSetUpdateStrategy.type</c>.</summary>
public static class DaemonSetUpdateStrategyType
{
    public const string RollingUpdate = "RollingUpdate";
    public const string OnDelete = "OnDelete";
}
