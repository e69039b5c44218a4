namespace Dotkube.Api.Apps.V1;

/// <summary>Values of <c>DeploymentStrategy.type</c>.</summary>
public static class DeploymentStrategyType
{
    public const string Recreate = "Recreate";
    public const string RollingUpdate = "RollingUpdate";
}
