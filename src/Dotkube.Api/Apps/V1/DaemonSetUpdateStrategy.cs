namespace Dotkube.Api.Apps.V1;

public sealed class DaemonSetUpdateStrategy
{
    /// <summary>See <see cref="DaemonSetUpdateStrategyType"/>; defaults to RollingUpdate.</summary>
    public string? Type { get; set; }

    public RollingUpdateDaemonSet? RollingUpdate { get; set; }
}
