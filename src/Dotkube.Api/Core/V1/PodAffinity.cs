namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodAffinity: co-locate with pods matching the terms.</summary>
public sealed class PodAffinity
{
    public List<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    public List<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}
