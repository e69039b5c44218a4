using Dotkube.Api.Values;

namespace Dotkube.Api.Apps.V1;

public sealed class RollingUpdateDaemonSet
{
    /// <summary>Defaults to 1; a percentage rounds up.</summary>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>Defaults to 0; a percentage rounds up to at least 1.</summary>
    public IntOrString? MaxSurge { get; set; }
}
