using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

/// <summary>How preemption ranks pods (upstream corev1helpers.PodPriority and util.MoreImportantPod).</summary>
public static class PodImportance
{
    /// <summary>spec.priority, 0 when unset (no PriorityClass and no global default).</summary>
    public static int Priority(Pod pod) => pod.Spec.Priority ?? 0;

    /// <summary>status.startTime; a pod that has not started counts as starting <paramref name="now"/>, as upstream GetPodStartTime.</summary>
    public static DateTimeOffset StartTime(Pod pod, DateTimeOffset now) => pod.Status.StartTime ?? now;

    /// <summary>Higher priority first; among equals the one that started earlier (it has run longer), as upstream MoreImportantPod.</summary>
    public static int Compare(Pod a, Pod b, DateTimeOffset now)
    {
        var byPriority = Priority(b).CompareTo(Priority(a));
        return byPriority != 0 ? byPriority : StartTime(a, now).CompareTo(StartTime(b, now));
    }
}
