using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

public sealed partial class InterPodAffinity
{
    private const string PreScoreStateKey = "PreScore" + PluginName;

    /// <summary>
    /// Sums, per topology key and value, the weights of every preferred term that pairs the
    /// incoming pod with an existing pod (affinity adds, anti-affinity subtracts), in both
    /// directions, plus <see cref="InterPodAffinityArgs.HardPodAffinityWeight"/> for each existing
    /// pod's required affinity term the incoming pod matches. Skip when nothing scored.
    /// </summary>
    public Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        if (nodes.Count == 0)
            return Status.Skip;
        var own = PodAffinityTerms.Of(pod);
        if (Args.IgnorePreferredTermsOfExistingPods && !own.HasPreferred)
            return Status.Skip;

        var s = new PreScoreState(Resolve(own.PreferredAffinity), Resolve(own.PreferredAntiAffinity), NamespaceLabels(pod.Metadata.Namespace));

        // Without preferred terms of its own, only pods with affinity terms can score the pod.
        var candidates = own.HasPreferred ? _handle.Snapshot.Nodes : _handle.Snapshot.NodesWithAffinityPods;
        foreach (var node in candidates)
        {
            if (node.Node.Metadata.Labels is not { Count: > 0 })
                continue;
            foreach (var existing in own.HasPreferred ? node.Pods : node.PodsWithAffinity)
                AddExistingPod(s, pod, existing, node.Node);
        }

        if (s.Scores.Count == 0)
            return Status.Skip;
        state.Write(PreScoreStateKey, s);
        return Status.Success;
    }

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node)
    {
        if (state.Read<PreScoreState>(PreScoreStateKey) is not { } s)
            return (0, Status.Error($"reading \"{PreScoreStateKey}\" from cycleState: not found"));
        long score = 0;
        foreach (var (key, byValue) in s.Scores)
        {
            if (node.Node.Metadata.Labels?.TryGetValue(key, out var value) == true)
                score += byValue.GetValueOrDefault(value);
        }

        return (score, Status.Success);
    }

    /// <summary>Maps the raw sums linearly onto 0..100, the lowest to 0 and the highest to 100 (all 0 when they are equal).</summary>
    public Status NormalizeScore(CycleState state, Pod pod, List<NodeScore> scores)
    {
        if (state.Read<PreScoreState>(PreScoreStateKey) is not { Scores.Count: > 0 } || scores.Count == 0)
            return Status.Success;
        var min = scores.Min(s => s.Score);
        var diff = scores.Max(s => s.Score) - min;
        for (var i = 0; i < scores.Count; i++)
        {
            var normalized = diff > 0 ? NodeScore.Max * ((double)(scores[i].Score - min) / diff) : 0;
            scores[i] = scores[i] with { Score = (long)normalized };
        }

        return Status.Success;
    }

    private void AddExistingPod(PreScoreState s, Pod incoming, Pod existing, Node node)
    {
        // The incoming pod's terms have their namespace selectors resolved; the existing pod's
        // terms are matched against the incoming pod's namespace labels.
        s.AddMatching(s.PreferredAffinity, existing, null, node, 1);
        s.AddMatching(s.PreferredAntiAffinity, existing, null, node, -1);

        var theirs = PodAffinityTerms.Of(existing);
        if (Args.HardPodAffinityWeight > 0)
        {
            foreach (var term in theirs.RequiredAffinity)
                s.AddIfMatches(term, Args.HardPodAffinityWeight, incoming, s.NamespaceLabels, node);
        }

        s.AddMatching(theirs.PreferredAffinity, incoming, s.NamespaceLabels, node, 1);
        s.AddMatching(theirs.PreferredAntiAffinity, incoming, s.NamespaceLabels, node, -1);
    }

    private sealed class PreScoreState(List<AffinityTerm> preferredAffinity, List<AffinityTerm> preferredAntiAffinity,
        Dictionary<string, string>? namespaceLabels)
    {
        public List<AffinityTerm> PreferredAffinity { get; } = preferredAffinity;

        public List<AffinityTerm> PreferredAntiAffinity { get; } = preferredAntiAffinity;

        /// <summary>The incoming pod's namespace labels, for existing pods' namespace selectors.</summary>
        public Dictionary<string, string>? NamespaceLabels { get; } = namespaceLabels;

        /// <summary>Topology key, then value, to the summed weight.</summary>
        public Dictionary<string, Dictionary<string, long>> Scores { get; } = new(StringComparer.Ordinal);

        public void AddMatching(IReadOnlyList<AffinityTerm> terms, Pod pod, Dictionary<string, string>? nsLabels, Node node, int sign)
        {
            foreach (var term in terms)
                AddIfMatches(term, term.Weight * sign, pod, nsLabels, node);
        }

        public void AddIfMatches(AffinityTerm term, long weight, Pod pod, Dictionary<string, string>? nsLabels, Node node)
        {
            if (!term.Matches(pod, nsLabels) || node.Metadata.Labels?.TryGetValue(term.TopologyKey, out var value) != true)
                return;
            if (!Scores.TryGetValue(term.TopologyKey, out var byValue))
                Scores[term.TopologyKey] = byValue = new Dictionary<string, long>(StringComparer.Ordinal);
            byValue[value!] = byValue.GetValueOrDefault(value!) + weight;
        }
    }
}
