using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.NodeUnschedulable;

/// <summary>
/// Cordoned nodes (spec.unschedulable) take only pods that tolerate the
/// node.kubernetes.io/unschedulable:NoSchedule taint (upstream nodeunschedulable plugin).
/// </summary>
public sealed class NodeUnschedulable : IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = "NodeUnschedulable";

    public const string ErrReasonUnschedulable = "node(s) were unschedulable";

    public const string UnschedulableTaintKey = "node.kubernetes.io/unschedulable";

    private static readonly Taint UnschedulableTaint = new() { Key = UnschedulableTaintKey, Effect = TaintEffect.NoSchedule };

    public string Name => PluginName;

    public Status Filter(CycleState state, Pod pod, NodeInfo node)
    {
        if (node.Node.Spec.Unschedulable != true)
            return Status.Success;
        var tolerated = pod.Spec.Tolerations?.Any(t => t.ToleratesTaint(UnschedulableTaint)) == true;
        return tolerated ? Status.Success : Status.Unresolvable(ErrReasonUnschedulable);
    }

    /// <summary>Uncordoning is a spec change upstream classifies as a taint update.</summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
        [new("Node", ClusterEventAction.Add | ClusterEventAction.UpdateNodeTaint | ClusterEventAction.UpdateNodeLabel)];
}
