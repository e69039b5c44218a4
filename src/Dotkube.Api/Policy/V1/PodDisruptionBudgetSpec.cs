using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.Api.Policy.V1;

/// <summary>minAvailable and maxUnavailable are mutually exclusive; each is a count or a percentage.</summary>
public sealed class PodDisruptionBudgetSpec
{
    public IntOrString? MinAvailable { get; set; }

    /// <summary>As upstream, a null selector matches no pods while an empty one matches all in the namespace.</summary>
    [PatchStrategy("replace")]
    public LabelSelector? Selector { get; set; }

    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>See <see cref="UnhealthyPodEvictionPolicyType"/>; null behaves as IfHealthyBudget.</summary>
    public string? UnhealthyPodEvictionPolicy { get; set; }
}
