using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ServiceStatus.</summary>
public sealed class ServiceStatus
{
    /// <summary>A non-pointer struct upstream, so always written (as <c>{}</c> when empty).</summary>
    public LoadBalancerStatus LoadBalancer { get; set => field = value ?? new(); } = new();

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<Condition>? Conditions { get; set; }
}
