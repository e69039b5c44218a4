using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.Helper;

namespace Dotkube.Scheduler.Plugins.TaintToleration;

/// <summary>
/// Keeps pods off nodes whose NoSchedule/NoExecute taints they do not tolerate, and prefers nodes
/// with fewer untolerated PreferNoSchedule taints (upstream tainttoleration plugin).
/// </summary>
public sealed class TaintToleration : IFilterPlugin, IPreScorePlugin, IScorePlugin, IEnqueueExtensions
{
    public const string PluginName = "TaintToleration";

    /// <summary>
    /// Deliberately not v1.32.0's text, which named the first untolerated taint ("node(s) had
    /// untolerated taint {key: value}"): dotkube uses the wording of kubernetes#134740 (merged
    /// October 2025 and cherry-picked to the then supported releases), which leaves the key and
    /// value out because pod status and events are readable by tenants who should not learn other
    /// nodes' taints. It also lets nodes with different taints share one count in the
    /// FailedScheduling message.
    /// </summary>
    public const string ErrReasonNotMatch = "node(s) had untolerated taint(s)";

    private const string PreScoreKey = "PreScore" + PluginName;

    public string Name => PluginName;

    public Status Filter(CycleState state, Pod pod, NodeInfo node) =>
        FirstUntoleratedTaint(node.Node.Spec.Taints, pod.Spec.Tolerations) is null ? Status.Success : Status.Unresolvable(ErrReasonNotMatch);

    /// <summary>The first NoSchedule or NoExecute taint no toleration matches, or null.</summary>
    public static Taint? FirstUntoleratedTaint(IEnumerable<Taint>? taints, IReadOnlyList<Toleration>? tolerations) =>
        taints?.FirstOrDefault(t => (t.Effect is TaintEffect.NoSchedule or TaintEffect.NoExecute) && !Tolerated(t, tolerations));

    public Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        state.Write(PreScoreKey, PreferNoScheduleTolerations(pod));
        return Status.Success;
    }

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node)
    {
        var tolerations = state.Read<List<Toleration>>(PreScoreKey) ?? PreferNoScheduleTolerations(pod);
        var count = node.Node.Spec.Taints?.Count(t => t.Effect == TaintEffect.PreferNoSchedule && !Tolerated(t, tolerations)) ?? 0;
        return (count, Status.Success);
    }

    /// <summary>Fewer untolerated PreferNoSchedule taints is better, so the scale is reversed.</summary>
    public Status NormalizeScore(CycleState state, Pod pod, List<NodeScore> scores) => ScoreNormalizer.Default(NodeScore.Max, reverse: true, scores);

    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
        [new("Node", ClusterEventAction.Add | ClusterEventAction.UpdateNodeTaint | ClusterEventAction.UpdateNodeLabel)];

    private static bool Tolerated(Taint taint, IReadOnlyList<Toleration>? tolerations) =>
        tolerations?.Any(t => t.ToleratesTaint(taint)) == true;

    /// <summary>Tolerations that can match a PreferNoSchedule taint: that effect, or any effect (empty).</summary>
    private static List<Toleration> PreferNoScheduleTolerations(Pod pod) =>
        (pod.Spec.Tolerations ?? []).Where(t => string.IsNullOrEmpty(t.Effect) || t.Effect == TaintEffect.PreferNoSchedule).ToList();
}
