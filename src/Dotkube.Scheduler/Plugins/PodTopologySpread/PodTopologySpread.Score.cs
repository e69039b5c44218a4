using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

public sealed partial class PodTopologySpread
{
    private const string PreScoreStateKey = "PreScore" + PluginName;

    /// <summary>
    /// For the ScheduleAnyway constraints, registers the domains of the feasible nodes and counts
    /// matching pods in them over all nodes (per-node counts for hostname are left to Score).
    /// Feasible nodes missing a topology key are ignored and score 0, except under the system
    /// defaults, so nodes without a zone label still spread by hostname.
    /// </summary>
    public Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var allNodes = _handle.Snapshot.Nodes;
        if (nodes.Count == 0 || allNodes.Count == 0)
            return Status.Skip;
        if (!TryGetConstraints(pod, UnsatisfiableConstraintAction.ScheduleAnyway, out var constraints, out var error))
            return Status.Error($"parsing pod {pod.Metadata.Namespace}/{pod.Metadata.Name} topology spread constraints: {error}");
        if (constraints.Count == 0)
            return Status.Skip;

        var requireAllTopologies = pod.Spec.TopologySpreadConstraints is { Count: > 0 } || !SystemDefaulted;
        var s = new PreScoreState(constraints);
        foreach (var node in nodes)
        {
            if (requireAllTopologies && !HasAllTopologyKeys(node.Node, constraints))
            {
                s.IgnoredNodes.Add(node.Name);
                continue;
            }

            for (var i = 0; i < constraints.Count; i++)
            {
                if (constraints[i].TopologyKey != WellKnownLabels.Hostname)
                    s.Counts[i].TryAdd(LabelOf(node.Node, constraints[i].TopologyKey), 0);
            }
        }

        for (var i = 0; i < constraints.Count; i++)
        {
            var domains = constraints[i].TopologyKey == WellKnownLabels.Hostname ? nodes.Count - s.IgnoredNodes.Count : s.Counts[i].Count;
            s.Weights[i] = TopologyNormalizingWeight(domains);
        }

        foreach (var node in allNodes)
        {
            if (requireAllTopologies && !HasAllTopologyKeys(node.Node, constraints))
                continue;
            for (var i = 0; i < constraints.Count; i++)
            {
                var c = constraints[i];
                var value = LabelOf(node.Node, c.TopologyKey);
                if (c.Includes(pod, node.Node) && s.Counts[i].TryGetValue(value, out var count))
                    s.Counts[i][value] = count + c.CountMatching(node.Pods, pod.Metadata.Namespace);
            }
        }

        state.Write(PreScoreStateKey, s);
        return Status.Success;
    }

    /// <summary>The sum over constraints of count × domain weight + (maxSkew − 1); lower is better until normalized.</summary>
    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node)
    {
        if (state.Read<PreScoreState>(PreScoreStateKey) is not { } s)
            return (0, Status.Error($"reading \"{PreScoreStateKey}\" from cycleState: not found"));
        if (s.IgnoredNodes.Contains(node.Name))
            return (0, Status.Success);

        double score = 0;
        for (var i = 0; i < s.Constraints.Count; i++)
        {
            var c = s.Constraints[i];
            if (node.Node.Metadata.Labels?.TryGetValue(c.TopologyKey, out var value) != true)
                continue;
            var count = c.TopologyKey == WellKnownLabels.Hostname
                ? c.CountMatching(node.Pods, pod.Metadata.Namespace)
                : s.Counts[i].GetValueOrDefault(value!);
            // maxSkew - 1 waters down the differences between domains: a larger skew is more tolerated.
            score += count * s.Weights[i] + (c.MaxSkew - 1);
        }

        return ((long)Math.Round(score, MidpointRounding.AwayFromZero), Status.Success);
    }

    /// <summary>Inverts the sums onto 0..100: the fewest matching pods score 100; ignored nodes score 0.</summary>
    public Status NormalizeScore(CycleState state, Pod pod, List<NodeScore> scores)
    {
        if (state.Read<PreScoreState>(PreScoreStateKey) is not { } s)
            return Status.Success;
        var min = long.MaxValue;
        long max = 0;
        foreach (var score in scores.Where(score => !s.IgnoredNodes.Contains(score.Name)))
        {
            min = Math.Min(min, score.Score);
            max = Math.Max(max, score.Score);
        }

        for (var i = 0; i < scores.Count; i++)
        {
            var normalized = s.IgnoredNodes.Contains(scores[i].Name) ? 0
                : max == 0 ? NodeScore.Max
                : NodeScore.Max * (max + min - scores[i].Score) / max;
            scores[i] = scores[i] with { Score = normalized };
        }

        return Status.Success;
    }

    /// <summary>
    /// ln(domains + 2), as upstream: counts in a topology with few domains (zones) weigh less than
    /// in one with many (hostnames), so the smaller topology is not drowned out.
    /// </summary>
    private static double TopologyNormalizingWeight(int domains) => Math.Log(domains + 2);

    /// <summary>The node's value for the key, "" when it has none (as a Go map lookup).</summary>
    private static string LabelOf(Node node, string key) => node.Metadata.Labels?.GetValueOrDefault(key) ?? "";

    private sealed class PreScoreState(List<SpreadConstraint> constraints)
    {
        public List<SpreadConstraint> Constraints { get; } = constraints;

        /// <summary>Feasible nodes missing some topology key; they score 0.</summary>
        public HashSet<string> IgnoredNodes { get; } = new(StringComparer.Ordinal);

        /// <summary>Per constraint: topology value to matching pods (empty for hostname constraints).</summary>
        public Dictionary<string, long>[] Counts { get; } = [.. constraints.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];

        public double[] Weights { get; } = new double[constraints.Count];
    }
}
