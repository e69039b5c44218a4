using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Runtime;

/// <summary>The PreFilter extensions and the nominated-pod-aware Filter run (upstream frameworkImpl).</summary>
public sealed partial class ProfileRunner
{
    /// <summary>Null only in tests that build a runner without a handle; nominated pods are then not considered.</summary>
    private readonly IFrameworkHandle? _handle;

    public Status RunPreFilterExtensionAddPod(CycleState state, Pod podToSchedule, Pod podToAdd, NodeInfo node) =>
        RunPreFilterExtension(state, "AddPod", p => p.AddPod(state, podToSchedule, podToAdd, node));

    public Status RunPreFilterExtensionRemovePod(CycleState state, Pod podToSchedule, Pod podToRemove, NodeInfo node) =>
        RunPreFilterExtension(state, "RemovePod", p => p.RemovePod(state, podToSchedule, podToRemove, node));

    /// <summary>
    /// As upstream: when pods of equal or higher priority are nominated to the node, the filters run
    /// first with them added (to a copy of the node and of the state), since the pod must not take the
    /// room freed for them; if that passes they run again without them, since they may land
    /// elsewhere and filters such as pod affinity could depend on their absence. Both must pass.
    /// Lower-priority nominated pods are ignored: the pod may take their room.
    /// </summary>
    public Status RunFilterPluginsWithNominatedPods(CycleState state, Pod pod, NodeInfo node)
    {
        // The hot path: no nominations anywhere returns an empty array, so nothing is allocated.
        var nominated = _handle?.NominatedPodsFor(node.Name) ?? [];
        if (nominated.Count == 0)
            return RunFilterPlugins(state, pod, node);

        var (added, withState, withNode) = AddHigherOrEqualNominatedPods(state, pod, node, nominated);
        if (added is { IsSuccess: false })
            return added;
        if (added is null)
            return RunFilterPlugins(state, pod, node);
        var status = RunFilterPlugins(withState, pod, withNode);
        return status.IsSuccess ? RunFilterPlugins(state, pod, node) : status;
    }

    /// <summary>Copies of the state and node with the nominated pods of at least the pod's priority added; a null status when none qualified.</summary>
    private (Status? Status, CycleState State, NodeInfo Node) AddHigherOrEqualNominatedPods(CycleState state, Pod pod, NodeInfo node,
        IReadOnlyList<Pod> nominated)
    {
        var priority = pod.Spec.Priority ?? 0;
        CycleState? stateOut = null;
        NodeInfo? nodeOut = null;
        foreach (var other in nominated)
        {
            if ((other.Spec.Priority ?? 0) < priority || other.Metadata.Uid == pod.Metadata.Uid)
                continue;
            stateOut ??= state.Clone();
            nodeOut ??= node.Clone();
            nodeOut.AddPod(other);
            var status = RunPreFilterExtensionAddPod(stateOut, pod, other, nodeOut);
            if (!status.IsSuccess)
                return (status, state, node);
        }

        return stateOut is null ? (null, state, node) : (Status.Success, stateOut, nodeOut!);
    }

    private Status RunPreFilterExtension(CycleState state, string operation, Func<IPreFilterExtensions, Status> run)
    {
        foreach (var plugin in PreFilter)
        {
            if (plugin is not IPreFilterExtensions extensions || state.SkipFilterPlugins.Contains(plugin.Name))
                continue;
            var status = run(extensions);
            if (!status.IsSuccess)
                return Status.Error($"running {operation} on PreFilter plugin \"{plugin.Name}\": {status.Message}").WithPlugin(plugin.Name);
        }

        return Status.Success;
    }
}
