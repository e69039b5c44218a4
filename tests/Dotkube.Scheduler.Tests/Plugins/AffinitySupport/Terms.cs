using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Scheduler.Tests.Plugins.AffinitySupport;

/// <summary>Pod affinity terms and the pods that carry them.</summary>
public static class Terms
{
    public static PodAffinityTerm Term(string topologyKey, LabelSelector? selector, List<string>? namespaces = null, LabelSelector? namespaceSelector = null) =>
        new() { TopologyKey = topologyKey, LabelSelector = selector, Namespaces = namespaces, NamespaceSelector = namespaceSelector };

    public static WeightedPodAffinityTerm Weighted(int weight, PodAffinityTerm term) => new() { Weight = weight, PodAffinityTerm = term };

    public static Pod RequiringAffinity(this Pod pod, params PodAffinityTerm[] terms) =>
        pod.With(s => Affinity(s).PodAffinity = new PodAffinity { RequiredDuringSchedulingIgnoredDuringExecution = [.. terms] });

    public static Pod RequiringAntiAffinity(this Pod pod, params PodAffinityTerm[] terms) =>
        pod.With(s => Affinity(s).PodAntiAffinity = new PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = [.. terms] });

    public static Pod PreferringAffinity(this Pod pod, params WeightedPodAffinityTerm[] terms) =>
        pod.With(s => (Affinity(s).PodAffinity ??= new PodAffinity()).PreferredDuringSchedulingIgnoredDuringExecution = [.. terms]);

    public static Pod PreferringAntiAffinity(this Pod pod, params WeightedPodAffinityTerm[] terms) =>
        pod.With(s => (Affinity(s).PodAntiAffinity ??= new PodAntiAffinity()).PreferredDuringSchedulingIgnoredDuringExecution = [.. terms]);

    private static Affinity Affinity(PodSpec spec) => spec.Affinity ??= new Affinity();
}
