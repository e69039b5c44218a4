using Dotkube.Api.Values;

namespace Dotkube.Api.Apps.V1;

/// <summary>Limits on how fast a Deployment's rolling update replaces pods.</summary>
public sealed class RollingUpdateDeployment
{
    /// <summary>How many pods, as a number or a percentage of replicas (rounded down), may be unavailable during the update. Defaults to 25%; cannot be 0 when maxSurge is 0.</summary>
    /// <remarks>Defaults to "25%"; a percentage rounds down.</remarks>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>How many pods, as a number or a percentage of replicas (rounded up), may be created above the desired count during the update. Defaults to 25%.</summary>
    /// <remarks>Defaults to "25%"; a percentage rounds up.</remarks>
    public IntOrString? MaxSurge { get; set; }
}
