using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Policy.V1;

public sealed class PodDisruptionBudgetStatus
{
    public long? ObservedGeneration { get; set; }

    /// <summary>Pod name to the time the eviction subresource accepted its eviction.</summary>
    public Dictionary<string, DateTimeOffset>? DisruptedPods { get; set; }

    public int DisruptionsAllowed { get; set; }

    public int CurrentHealthy { get; set; }

    public int DesiredHealthy { get; set; }

    public int ExpectedPods { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<Condition>? Conditions { get; set; }
}
