using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

public sealed partial class InterPodAffinity
{
    private const string PreFilterStateKey = "PreFilter" + PluginName;

    /// <summary>
    /// Counts, per topology pair, (a) existing pods' required anti-affinity terms the incoming pod
    /// matches, and over all pods (b) those matching every required affinity term of the incoming
    /// pod and (c) each of its required anti-affinity terms; Skip when there is nothing to check.
    /// </summary>
    public (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var terms = PodAffinityTerms.Of(pod);
        if (terms.Error is { } error)
            return (null, Status.Error($"parsing pod {pod.Metadata.Namespace}/{pod.Metadata.Name} affinity terms: {error}"));

        var nsLabels = NamespaceLabels(pod.Metadata.Namespace);
        var s = new PreFilterState(Resolve(terms.RequiredAffinity), Resolve(terms.RequiredAntiAffinity), pod, nsLabels);

        foreach (var node in _handle.Snapshot.NodesWithRequiredAntiAffinityPods)
        {
            foreach (var existing in node.PodsWithRequiredAntiAffinity)
            {
                foreach (var term in PodAffinityTerms.Of(existing).RequiredAntiAffinity)
                {
                    if (term.Matches(pod, nsLabels))
                        s.ExistingAntiAffinityCounts.Add(node.Node, term.TopologyKey, 1);
                }
            }
        }

        if (s.RequiredAffinity.Count > 0 || s.RequiredAntiAffinity.Count > 0)
        {
            foreach (var node in nodes)
            {
                foreach (var existing in node.Pods)
                {
                    // The incoming pod's terms have their namespace selectors resolved to names: no labels needed.
                    if (MatchesAll(s.RequiredAffinity, existing))
                    {
                        foreach (var term in s.RequiredAffinity)
                            s.AffinityCounts.Add(node.Node, term.TopologyKey, 1);
                    }

                    foreach (var term in s.RequiredAntiAffinity)
                    {
                        if (term.Matches(existing, null))
                            s.AntiAffinityCounts.Add(node.Node, term.TopologyKey, 1);
                    }
                }
            }
        }

        if (s.ExistingAntiAffinityCounts.Count == 0 && s.RequiredAffinity.Count == 0 && s.RequiredAntiAffinity.Count == 0)
            return (null, Status.Skip);
        state.Write(PreFilterStateKey, s);
        return (null, Status.Success);
    }

    public Status Filter(CycleState state, Pod pod, NodeInfo node)
    {
        if (state.Read<PreFilterState>(PreFilterStateKey) is not { } s)
            return Status.Error($"reading \"{PreFilterStateKey}\" from cycleState: not found");

        // Required affinity that cannot be met on this node is not helped by preemption.
        if (!SatisfiesPodAffinity(s, node.Node))
            return Status.Unresolvable(ErrReasonAffinityRulesNotMatch);
        if (!SatisfiesPodAntiAffinity(s, node.Node))
            return Status.Unschedulable(ErrReasonAntiAffinityRulesNotMatch);
        if (!SatisfiesExistingPodsAntiAffinity(s, node.Node))
            return Status.Unschedulable(ErrReasonExistingAntiAffinityRulesNotMatch);
        return Status.Success;
    }

    /// <summary>Whether <paramref name="pod"/> matches every term; false for no terms (upstream podMatchesAllAffinityTerms).</summary>
    private static bool MatchesAll(IReadOnlyList<AffinityTerm> terms, Pod pod) =>
        terms.Count > 0 && terms.All(t => t.Matches(pod, null));

    private static bool SatisfiesPodAffinity(PreFilterState s, Node node)
    {
        var podsExist = true;
        foreach (var term in s.RequiredAffinity)
        {
            // Every topology key of the pod's affinity terms must be on the node.
            if (node.Metadata.Labels?.TryGetValue(term.TopologyKey, out var value) != true)
                return false;
            if (s.AffinityCounts.Get(term.TopologyKey, value!) <= 0)
                podsExist = false;
        }

        // The first pod of a group whose affinity selects itself: nothing matches anywhere yet,
        // so it may go anywhere its topology keys exist.
        return podsExist || (s.AffinityCounts.Count == 0 && MatchesAll(s.RequiredAffinity, s.Pod));
    }

    private static bool SatisfiesPodAntiAffinity(PreFilterState s, Node node)
    {
        if (s.AntiAffinityCounts.Count == 0)
            return true;
        foreach (var term in s.RequiredAntiAffinity)
        {
            if (node.Metadata.Labels?.TryGetValue(term.TopologyKey, out var value) == true && s.AntiAffinityCounts.Get(term.TopologyKey, value) > 0)
                return false;
        }

        return true;
    }

    private static bool SatisfiesExistingPodsAntiAffinity(PreFilterState s, Node node)
    {
        if (s.ExistingAntiAffinityCounts.Count == 0)
            return true;
        foreach (var (key, value) in node.Metadata.Labels ?? [])
        {
            if (s.ExistingAntiAffinityCounts.Get(key, value) > 0)
                return false;
        }

        return true;
    }

    /// <summary>Cloneable so preemption's simulations each get their own counts (<see cref="CycleState.Clone"/>).</summary>
    private sealed class PreFilterState(List<AffinityTerm> requiredAffinity, List<AffinityTerm> requiredAntiAffinity, Pod pod,
        Dictionary<string, string>? namespaceLabels) : ICloneable
    {
        public List<AffinityTerm> RequiredAffinity { get; } = requiredAffinity;

        public List<AffinityTerm> RequiredAntiAffinity { get; } = requiredAntiAffinity;

        public Pod Pod { get; } = pod;

        /// <summary>The incoming pod's namespace labels, for existing pods' namespace selectors.</summary>
        public Dictionary<string, string>? NamespaceLabels { get; } = namespaceLabels;

        public TopologyPairCounts ExistingAntiAffinityCounts { get; private init; } = new();

        public TopologyPairCounts AffinityCounts { get; private init; } = new();

        public TopologyPairCounts AntiAffinityCounts { get; private init; } = new();

        public object Clone() => new PreFilterState(RequiredAffinity, RequiredAntiAffinity, Pod, NamespaceLabels)
        {
            ExistingAntiAffinityCounts = ExistingAntiAffinityCounts.Clone(),
            AffinityCounts = AffinityCounts.Clone(),
            AntiAffinityCounts = AntiAffinityCounts.Clone(),
        };
    }
}
