using Dotkube.Api.Values;

namespace Dotkube.Api.Apps.V1;

public sealed class RollingUpdateDeployment
{
    /// <summary>Defaults to "25%"; a percentage rounds down.</summary>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>Defaults to "25%"; a percentage rounds up.</summary>
    public IntOrString? MaxSurge { get; set; }
}
