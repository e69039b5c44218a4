namespace Dotkube.Api.Apps.V1;

public sealed class StatefulSetUpdateStrategy
{
    /// <summary>See <see cref="StatefulSetUpdateStrategyType"/>; defaults to RollingUpdate.</summary>
    public string? Type { get; set; }

    public RollingUpdateStatefulSetStrategy? RollingUpdate { get; set; }
}
