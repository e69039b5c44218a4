using System.Runtime.CompilerServices;
using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

/// <summary>
/// A pod's four kinds of affinity terms, parsed once per pod object (upstream keeps them in
/// framework.PodInfo). <see cref="Error"/> is the first selector that failed to parse; the terms
/// that did parse are still listed, as upstream skips only the broken ones of existing pods.
/// </summary>
internal sealed class PodAffinityTerms
{
    // Pods in the cache are replaced, never mutated, so one parse per object is enough.
    private static readonly ConditionalWeakTable<Pod, PodAffinityTerms> Cache = [];

    public static PodAffinityTerms Empty { get; } = new([], [], [], [], null);

    private PodAffinityTerms(List<AffinityTerm> requiredAffinity, List<AffinityTerm> requiredAntiAffinity, List<AffinityTerm> preferredAffinity,
        List<AffinityTerm> preferredAntiAffinity, string? error)
    {
        RequiredAffinity = requiredAffinity;
        RequiredAntiAffinity = requiredAntiAffinity;
        PreferredAffinity = preferredAffinity;
        PreferredAntiAffinity = preferredAntiAffinity;
        Error = error;
    }

    public IReadOnlyList<AffinityTerm> RequiredAffinity { get; }

    public IReadOnlyList<AffinityTerm> RequiredAntiAffinity { get; }

    public IReadOnlyList<AffinityTerm> PreferredAffinity { get; }

    public IReadOnlyList<AffinityTerm> PreferredAntiAffinity { get; }

    public string? Error { get; }

    public bool HasPreferred => PreferredAffinity.Count > 0 || PreferredAntiAffinity.Count > 0;

    public static PodAffinityTerms Of(Pod pod)
    {
        if (pod.Spec.Affinity is not { } affinity || (affinity.PodAffinity is null && affinity.PodAntiAffinity is null))
            return Empty;
        return Cache.GetValue(pod, Parse);
    }

    private static PodAffinityTerms Parse(Pod pod)
    {
        string? error = null;
        var affinity = pod.Spec.Affinity!;

        List<AffinityTerm> Required(List<PodAffinityTerm>? terms) => Collect(terms?.Select(t => (t, 1)));

        List<AffinityTerm> Preferred(List<WeightedPodAffinityTerm>? terms) => Collect(terms?.Select(t => (t.PodAffinityTerm, t.Weight)));

        List<AffinityTerm> Collect(IEnumerable<(PodAffinityTerm Term, int Weight)>? terms)
        {
            var parsed = new List<AffinityTerm>();
            foreach (var (term, weight) in terms ?? [])
            {
                if (AffinityTerm.TryCreate(pod, term, weight, out var one, out var failure))
                    parsed.Add(one!);
                else
                    error ??= failure;
            }

            return parsed;
        }

        return new PodAffinityTerms(
            Required(affinity.PodAffinity?.RequiredDuringSchedulingIgnoredDuringExecution),
            Required(affinity.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution),
            Preferred(affinity.PodAffinity?.PreferredDuringSchedulingIgnoredDuringExecution),
            Preferred(affinity.PodAntiAffinity?.PreferredDuringSchedulingIgnoredDuringExecution),
            error);
    }
}
