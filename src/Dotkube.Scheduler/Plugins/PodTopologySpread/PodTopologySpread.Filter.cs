using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

public sealed partial class PodTopologySpread
{
    private const string PreFilterStateKey = "PreFilter" + PluginName;

    /// <summary>
    /// Counts, per DoNotSchedule constraint and topology value, the matching pods on the eligible
    /// nodes: those carrying every constraint's topology key and passing the constraint's node
    /// inclusion policies. Each such value is a domain, even with no pods. Skip without constraints.
    /// </summary>
    public (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        if (!TryGetConstraints(pod, UnsatisfiableConstraintAction.DoNotSchedule, out var constraints, out var error))
            return (null, Status.Error($"parsing pod {pod.Metadata.Namespace}/{pod.Metadata.Name} topology spread constraints: {error}"));
        if (constraints.Count == 0)
            return (null, Status.Skip);

        var counts = constraints.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        foreach (var node in nodes)
        {
            if (!HasAllTopologyKeys(node.Node, constraints))
                continue;
            for (var i = 0; i < constraints.Count; i++)
            {
                var c = constraints[i];
                if (!c.Includes(pod, node.Node))
                    continue;
                var value = node.Node.Metadata.Labels![c.TopologyKey];
                counts[i][value] = counts[i].GetValueOrDefault(value) + c.CountMatching(node.Pods, pod.Metadata.Namespace);
            }
        }

        state.Write(PreFilterStateKey, new PreFilterState(constraints, counts));
        return (null, Status.Success);
    }

    /// <summary>
    /// Rejects a node without a constraint's topology key (no preemption helps), and one where
    /// placing the pod would make its domain exceed the global minimum by more than maxSkew.
    /// </summary>
    public Status Filter(CycleState state, Pod pod, NodeInfo node)
    {
        if (state.Read<PreFilterState>(PreFilterStateKey) is not { } s)
            return Status.Error($"reading \"{PreFilterStateKey}\" from cycleState: not found");

        for (var i = 0; i < s.Constraints.Count; i++)
        {
            var c = s.Constraints[i];
            if (node.Node.Metadata.Labels?.TryGetValue(c.TopologyKey, out var value) != true)
                return Status.Unresolvable(ErrReasonNodeLabelNotMatch);

            var selfMatch = c.Selector.Matches(pod.Metadata.Labels) ? 1 : 0;
            var skew = s.Counts[i].GetValueOrDefault(value!) + selfMatch - s.GlobalMin(i);
            if (skew > c.MaxSkew)
                return Status.Unschedulable(ErrReasonConstraintsNotMatch);
        }

        return Status.Success;
    }

    /// <summary>Cloneable, and updated in place by the PreFilter extensions, for preemption's simulations.</summary>
    private sealed class PreFilterState(List<SpreadConstraint> constraints, Dictionary<string, long>[] counts) : ICloneable
    {
        private readonly long[] _minimums = [.. counts.Select(Minimum)];

        public List<SpreadConstraint> Constraints { get; } = constraints;

        /// <summary>Per constraint: topology value to matching pods (the domains).</summary>
        public Dictionary<string, long>[] Counts { get; } = counts;

        /// <summary>The fewest matching pods in any domain, or 0 while there are fewer domains than minDomains.</summary>
        public long GlobalMin(int constraint) => Counts[constraint].Count < Constraints[constraint].MinDomains ? 0 : _minimums[constraint];

        /// <summary>Adds <paramref name="delta"/> matching pods to a domain of a constraint (upstream's critical paths, recomputed).</summary>
        public void Add(int constraint, string value, long delta)
        {
            Counts[constraint][value] = Counts[constraint].GetValueOrDefault(value) + delta;
            _minimums[constraint] = Minimum(Counts[constraint]);
        }

        public object Clone() =>
            new PreFilterState(Constraints, [.. Counts.Select(c => new Dictionary<string, long>(c, StringComparer.Ordinal))]);

        private static long Minimum(Dictionary<string, long> counts) => counts.Count == 0 ? long.MaxValue : counts.Values.Min();
    }
}
