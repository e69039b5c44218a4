namespace Dotkube.Api.Apps.V1;

/// <summary>How a StatefulSet replaces its pods when its template changes.</summary>
public sealed class StatefulSetUpdateStrategy
{
    /// <summary>RollingUpdate replaces pods one at a time, from the highest ordinal down; OnDelete replaces a pod only when you delete it. Defaults to RollingUpdate.</summary>
    /// <remarks>See <see cref="StatefulSetUpdateStrategyType"/>; defaults to RollingUpdate.</remarks>
    public string? Type { get; set; }

    /// <summary>Settings for a rolling update. Only used when type is RollingUpdate.</summary>
    public RollingUpdateStatefulSetStrategy? RollingUpdate { get; set; }
}
