using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Queue;

public sealed partial class SchedulingQueue
{
    // Callers hold _gate.

    /// <summary>
    /// Upstream runPreEnqueuePlugins: true when the pod may be queued; otherwise it is parked among
    /// the unschedulable pods as gated, with the gating plugin as its rejector so that only events
    /// that plugin registered move it. Gating is not a scheduling attempt.
    /// </summary>
    private bool PassesPreEnqueue(QueuedPodInfo info)
    {
        var status = _options.PreEnqueue(info.Pod);
        if (status.IsSuccess)
            return true;
        info.UnschedulablePlugins.Clear();
        if (status.Plugin is { } plugin)
            info.UnschedulablePlugins.Add(plugin);
        _unschedulable[info.Key] = info;
        _gated.Add(info.Key);
        return false;
    }

    /// <summary>Takes the pod out of the unschedulable pods; true when it was gated there.</summary>
    private bool RemoveUnschedulable(string key)
    {
        _unschedulable.Remove(key);
        return _gated.Remove(key);
    }
}
