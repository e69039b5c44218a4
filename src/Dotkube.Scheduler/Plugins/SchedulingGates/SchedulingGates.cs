using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.SchedulingGates;

/// <summary>
/// Pod scheduling readiness (upstream schedulinggates plugin): a pod with spec.schedulingGates
/// stays out of the active queue until every gate is removed. The API server marks such pods
/// PodScheduled=False/SchedulingGated; removing a gate is a pod update, which re-runs PreEnqueue.
/// </summary>
public sealed class SchedulingGates : IPreEnqueuePlugin, IEnqueueExtensions
{
    public const string PluginName = "SchedulingGates";

    public string Name => PluginName;

    public Status PreEnqueue(Pod pod)
    {
        if (pod.Spec.SchedulingGates is not { Count: > 0 } gates)
            return Status.Success;
        // Go's %v of a []string: the names space-separated in brackets.
        return Status.Unresolvable($"waiting for scheduling gates: [{string.Join(' ', gates.Select(g => g.Name))}]");
    }

    /// <summary>No cluster event can remove a gate: only the pod's own update does, which the queue handles (as upstream returns nil).</summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() => [];
}
