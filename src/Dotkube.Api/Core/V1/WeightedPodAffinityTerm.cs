namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 WeightedPodAffinityTerm: weight in 1-100.</summary>
public sealed class WeightedPodAffinityTerm
{
    public int Weight { get; set; }

    public PodAffinityTerm PodAffinityTerm { get; set => field = value ?? new(); } = new();
}
