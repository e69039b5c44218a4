using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

/// <summary>PreFilter extensions (upstream PodTopologySpread AddPod/RemovePod): keep the domain counts in step with preemption's simulated node.</summary>
public sealed partial class PodTopologySpread : IPreFilterExtensions
{
    public Status AddPod(CycleState state, Pod podToSchedule, Pod podToAdd, NodeInfo node) => Update(state, podToAdd, podToSchedule, node, 1);

    public Status RemovePod(CycleState state, Pod podToSchedule, Pod podToRemove, NodeInfo node) =>
        Update(state, podToRemove, podToSchedule, node, -1);

    /// <summary>
    /// As upstream updateWithPod: only a pod in the incoming pod's namespace, on a node carrying every
    /// constraint's topology key, moves the count of each constraint it matches whose node inclusion
    /// policies the node passes.
    /// </summary>
    private static Status Update(CycleState state, Pod changed, Pod incoming, NodeInfo node, long delta)
    {
        if (state.Read<PreFilterState>(PreFilterStateKey) is not { } s)
            return Status.Error($"reading \"{PreFilterStateKey}\" from cycleState: not found");
        if (changed.Metadata.Namespace != incoming.Metadata.Namespace || !HasAllTopologyKeys(node.Node, s.Constraints))
            return Status.Success;

        for (var i = 0; i < s.Constraints.Count; i++)
        {
            var c = s.Constraints[i];
            if (!c.Selector.Matches(changed.Metadata.Labels) || !c.Includes(incoming, node.Node))
                continue;
            s.Add(i, node.Node.Metadata.Labels![c.TopologyKey], delta);
        }

        return Status.Success;
    }
}
