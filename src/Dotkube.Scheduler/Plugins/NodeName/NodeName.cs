using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.NodeName;

/// <summary>
/// A pod that names its node (spec.nodeName) fits only that node (upstream nodename plugin).
/// Pods bound by name normally bypass the scheduler; this keeps a profile honest when they do not.
/// </summary>
public sealed class NodeName : IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = "NodeName";

    public const string ErrReason = "node(s) didn't match the requested node name";

    public string Name => PluginName;

    public Status Filter(CycleState state, Pod pod, NodeInfo node) =>
        Fits(pod, node) ? Status.Success : Status.Unresolvable(ErrReason);

    public static bool Fits(Pod pod, NodeInfo node) =>
        string.IsNullOrEmpty(pod.Spec.NodeName) || pod.Spec.NodeName == node.Name;

    /// <summary>
    /// Only a new node can carry the name; upstream also registers label and taint updates with
    /// every Node/Add registration, because its pre-enqueue check may have hidden the Add.
    /// </summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
        [new("Node", ClusterEventAction.Add | ClusterEventAction.UpdateNodeLabel | ClusterEventAction.UpdateNodeTaint)];
}
