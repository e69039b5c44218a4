using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.PrioritySort;

/// <summary>
/// Upstream's default queue sort: higher spec.priority first (the API server fills it from the
/// PriorityClass; 0 when unset), then the pod that entered the queue earlier.
/// </summary>
public sealed class PrioritySort : IQueueSortPlugin
{
    public const string PluginName = "PrioritySort";

    public string Name => PluginName;

    public bool Less(QueuedPodInfo a, QueuedPodInfo b)
    {
        var (pa, pb) = (a.Pod.Spec.Priority ?? 0, b.Pod.Spec.Priority ?? 0);
        return pa > pb || (pa == pb && a.Timestamp < b.Timestamp);
    }
}
