namespace Dotkube.Api.Apps.V1;

/// <summary>How a DaemonSet replaces its pods when its template changes.</summary>
public sealed class DaemonSetUpdateStrategy
{
    /// <summary>RollingUpdate replaces pods node by node; OnDelete replaces a pod only when you delete it. Defaults to RollingUpdate.</summary>
    /// <remarks>See <see cref="DaemonSetUpdateStrategyType"/>; defaults to RollingUpdate.</remarks>
    public string? Type { get; set; }

    /// <summary>Settings for a rolling update. Only used when type is RollingUpdate.</summary>
    public RollingUpdateDaemonSet? RollingUpdate { get; set; }
}
