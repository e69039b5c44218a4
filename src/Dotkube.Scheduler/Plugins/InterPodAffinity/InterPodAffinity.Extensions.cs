using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

/// <summary>PreFilter extensions (upstream InterPodAffinity AddPod/RemovePod): keep the counts in step with preemption's simulated node.</summary>
public sealed partial class InterPodAffinity : IPreFilterExtensions
{
    public Status AddPod(CycleState state, Pod podToSchedule, Pod podToAdd, NodeInfo node) => Update(state, podToAdd, node, 1);

    public Status RemovePod(CycleState state, Pod podToSchedule, Pod podToRemove, NodeInfo node) => Update(state, podToRemove, node, -1);

    /// <summary>
    /// As PreFilter counts a pod: its required anti-affinity terms that match the incoming pod, and,
    /// when the incoming pod has required terms, whether the pod matches them.
    /// </summary>
    private static Status Update(CycleState state, Pod other, NodeInfo node, long delta)
    {
        if (state.Read<PreFilterState>(PreFilterStateKey) is not { } s)
            return Status.Error($"reading \"{PreFilterStateKey}\" from cycleState: not found");

        var terms = PodAffinityTerms.Of(other);
        foreach (var term in terms.RequiredAntiAffinity)
        {
            if (term.Matches(s.Pod, s.NamespaceLabels))
                s.ExistingAntiAffinityCounts.Add(node.Node, term.TopologyKey, delta);
        }

        if (s.RequiredAffinity.Count == 0 && s.RequiredAntiAffinity.Count == 0)
            return Status.Success;
        if (MatchesAll(s.RequiredAffinity, other))
        {
            foreach (var term in s.RequiredAffinity)
                s.AffinityCounts.Add(node.Node, term.TopologyKey, delta);
        }

        foreach (var term in s.RequiredAntiAffinity)
        {
            if (term.Matches(other, null))
                s.AntiAffinityCounts.Add(node.Node, term.TopologyKey, delta);
        }

        return Status.Success;
    }
}
