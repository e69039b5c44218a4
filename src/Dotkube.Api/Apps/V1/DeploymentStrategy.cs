namespace Dotkube.Api.Apps.V1;

public sealed class DeploymentStrategy
{
    /// <summary>See <see cref="DeploymentStrategyType"/>; defaults to RollingUpdate.</summary>
    public string? Type { get; set; }

    /// <summary>Only allowed when <see cref="Type"/> is RollingUpdate.</summary>
    public RollingUpdateDeployment? RollingUpdate { get; set; }
}
