namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodAntiAffinity: avoid topology domains running pods matching the terms.</summary>
public sealed class PodAntiAffinity
{
    public List<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    public List<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}
