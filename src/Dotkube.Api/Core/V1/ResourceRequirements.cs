using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>The compute resources, such as CPU and memory, that a container asks for and the most it may use.</summary>
/// <remarks>core/v1 ResourceRequirements of a container (or, with PodLevelResources, a pod).</remarks>
public sealed class ResourceRequirements
{
    /// <summary>The most of each resource the container may use, e.g. cpu: 500m, memory: 256Mi. A container that exceeds its memory limit is killed.</summary>
    public Dictionary<string, Quantity>? Limits { get; set; }

    /// <summary>The amount of each resource reserved for the container, used when choosing a node. A request left out defaults to the limit when one is set.</summary>
    /// <remarks>Defaulted from limits upstream when omitted.</remarks>
    public Dictionary<string, Quantity>? Requests { get; set; }

    /// <summary>Which of the pod's resourceClaims, by name, this container may use.</summary>
    /// <remarks>Names of spec.resourceClaims entries (DynamicResourceAllocation); a list-map keyed by name.</remarks>
    public List<ResourceClaim>? Claims { get; set; }
}
