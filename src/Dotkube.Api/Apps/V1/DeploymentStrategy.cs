namespace Dotkube.Api.Apps.V1;

/// <summary>How a Deployment replaces its existing pods with new ones.</summary>
public sealed class DeploymentStrategy
{
    /// <summary>Recreate stops all old pods before starting new ones; RollingUpdate replaces them a few at a time. Defaults to RollingUpdate.</summary>
    /// <remarks>See <see cref="DeploymentStrategyType"/>; defaults to RollingUpdate.</remarks>
    public string? Type { get; set; }

    /// <summary>Settings for a rolling update. Only allowed when type is RollingUpdate.</summary>
    /// <remarks>Only allowed when <see cref="Type"/> is RollingUpdate.</remarks>
    public RollingUpdateDeployment? RollingUpdate { get; set; }
}
