using Dotkube.Api.Values;

namespace Dotkube.Api.Apps.V1;

public sealed class RollingUpdateStatefulSetStrategy
{
    /// <summary>Ordinals below this stay on the old revision; defaults to 0.</summary>
    public int? Partition { get; set; }

    /// <summary>Alpha upstream (MaxUnavailableStatefulSet); defaults to 1.</summary>
    public IntOrString? MaxUnavailable { get; set; }
}
