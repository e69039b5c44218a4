using Dotkube.Api.Core.V1;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Disruption;

/// <summary>
/// The arithmetic of a budget's status (upstream's countHealthyPods, buildDisruptedPodMap and
/// updatePdbStatus): pure functions over the selected pods and the clock.
/// </summary>
public static class DisruptedPods
{
    /// <summary>
    /// How long an eviction the API server accepted may take to become a deletion before the
    /// controller stops counting the pod as disrupted (upstream's DeletionTimeout, 2 minutes).
    /// </summary>
    public static readonly TimeSpan DeletionTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Ready pods that are not being deleted and not waiting on an accepted eviction. As upstream,
    /// readiness alone is health: the phase is not looked at.
    /// </summary>
    public static int CountHealthy(IEnumerable<Pod> pods, IReadOnlyDictionary<string, DateTimeOffset> disrupted, DateTimeOffset now) =>
        pods.Count(pod => pod.Metadata.DeletionTimestamp is null
            && !(disrupted.TryGetValue(pod.Metadata.Name!, out var at) && at + DeletionTimeout > now)
            && PodState.IsReady(pod));

    /// <summary>
    /// The disruptedPods entries to keep: those of selected pods not yet being deleted whose
    /// deletion is still due. Entries of deleted or terminating pods go; overdue ones go too and
    /// are returned so the caller can report them. <c>RecheckAt</c> is when the earliest kept
    /// entry falls due, when the budget must be synced again.
    /// </summary>
    public static (Dictionary<string, DateTimeOffset> Kept, DateTimeOffset? RecheckAt, List<Pod> Overdue) Prune(
        IEnumerable<Pod> pods, IReadOnlyDictionary<string, DateTimeOffset>? disrupted, DateTimeOffset now)
    {
        var kept = new Dictionary<string, DateTimeOffset>();
        var overdue = new List<Pod>();
        DateTimeOffset? recheckAt = null;
        if (disrupted is null)
            return (kept, recheckAt, overdue);

        foreach (var pod in pods)
        {
            if (pod.Metadata.DeletionTimestamp is not null || !disrupted.TryGetValue(pod.Metadata.Name!, out var at))
                continue;
            var due = at + DeletionTimeout;
            if (due < now)
            {
                overdue.Add(pod);
                continue;
            }

            kept[pod.Metadata.Name!] = at;
            if (recheckAt is null || due < recheckAt)
                recheckAt = due;
        }

        return (kept, recheckAt, overdue);
    }

    /// <summary>
    /// currentHealthy - desiredHealthy, never negative, and 0 while no pods are expected: a budget
    /// that selects nothing yet is safe when its first pods appear before the next sync (as upstream).
    /// </summary>
    public static int DisruptionsAllowed(int currentHealthy, int desiredHealthy, int expectedPods) =>
        expectedPods <= 0 ? 0 : Math.Max(0, currentHealthy - desiredHealthy);
}
