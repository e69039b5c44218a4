using Dotkube.Api.Values;

namespace Dotkube.Api.Apps.V1;

/// <summary>Limits on how fast a DaemonSet's rolling update replaces pods.</summary>
public sealed class RollingUpdateDaemonSet
{
    /// <summary>How many nodes, as a number or a percentage of eligible nodes (rounded up), may be without an available pod during the update. Defaults to 1; cannot be 0 when maxSurge is 0.</summary>
    /// <remarks>Defaults to 1; a percentage rounds up.</remarks>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>How many nodes, as a number or a percentage of eligible nodes (rounded up), may run a new pod next to the old one during the update. Defaults to 0.</summary>
    /// <remarks>Defaults to 0; a percentage rounds up to at least 1.</remarks>
    public IntOrString? MaxSurge { get; set; }
}
