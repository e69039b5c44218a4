using Dotkube.Api.Values;

namespace Dotkube.Api.Apps.V1;

/// <summary>Settings for a StatefulSet's rolling update.</summary>
public sealed class RollingUpdateStatefulSetStrategy
{
    /// <summary>Only pods with an ordinal at or above this number are updated; the others keep the old template, which allows staged rollouts. Defaults to 0.</summary>
    /// <remarks>Ordinals below this stay on the old revision; defaults to 0.</remarks>
    public int? Partition { get; set; }

    /// <summary>How many pods, as a number or a percentage of replicas, may be unavailable during the update. Defaults to 1.</summary>
    /// <remarks>Alpha upstream (MaxUnavailableStatefulSet); defaults to 1.</remarks>
    public IntOrString? MaxUnavailable { get; set; }
}
