using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>The observed state of a Service. Set by the system, not by users.</summary>
/// <remarks>core/v1 ServiceStatus.</remarks>
public sealed class ServiceStatus
{
    /// <summary>The external addresses of the service's load balancer, once one has been provisioned.</summary>
    /// <remarks>A non-pointer struct upstream, so always written (as <c>{}</c> when empty).</remarks>
    public LoadBalancerStatus LoadBalancer { get; set => field = value ?? new(); } = new();

    /// <summary>The current conditions of the service.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<Condition>? Conditions { get; set; }
}
