using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceRequirements of a container (or, with PodLevelResources, a pod).</summary>
public sealed class ResourceRequirements
{
    public Dictionary<string, Quantity>? Limits { get; set; }

    /// <summary>Defaulted from limits upstream when omitted.</summary>
    public Dictionary<string, Quantity>? Requests { get; set; }

    /// <summary>Names of spec.resourceClaims entries (DynamicResourceAllocation); a list-map keyed by name.</summary>
    public List<ResourceClaim>? Claims { get; set; }
}
