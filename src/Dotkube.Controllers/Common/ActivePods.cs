using System.Globalization;
using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.Common;

/// <summary>
/// The order in which a controller gives up surplus pods (upstream's ActivePodsWithRanks, with
/// the PodDeletionCost and LogarithmicScaleDown features on, as they are by default). A pod comes
/// first when, at the first rule that tells two pods apart, it is:
/// <list type="number">
/// <item>not assigned to a node (while the other is);</item>
/// <item>in an earlier phase: Pending (or none) before Unknown before Running;</item>
/// <item>not ready (while the other is);</item>
/// <item>lower in the controller.kubernetes.io/pod-deletion-cost annotation (missing or invalid counts 0);</item>
/// <item>higher in rank (the replica set controller's rank: related pods on the same node);</item>
/// <item>both ready: ready for a shorter time, compared on a log2 scale of the time since;</item>
/// <item>has a container with more restarts;</item>
/// <item>created more recently, on a log2 scale of age.</item>
/// </list>
/// A missing time comes before any time; times in the same log2 bucket are ordered by uid, which
/// spreads deletions pseudo-randomly among pods of about the same age.
/// </summary>
public static class ActivePods
{
    public const string DeletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost";

    /// <summary><paramref name="pods"/> (with their <paramref name="ranks"/>, same order) sorted so that the pods to delete first come first. Stable.</summary>
    public static List<Pod> SortForDeletion(IReadOnlyList<Pod> pods, IReadOnlyList<int> ranks, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(ranks.Count, pods.Count, nameof(ranks));
        return [.. Enumerable.Range(0, pods.Count)
            .Order(Comparer<int>.Create((i, j) => Compare(pods[i], ranks[i], pods[j], ranks[j], now)))
            .Select(i => pods[i])];
    }

    /// <summary>Negative when <paramref name="a"/> should be deleted before <paramref name="b"/>, positive for the reverse, 0 when no rule tells them apart.</summary>
    public static int Compare(Pod a, int rankA, Pod b, int rankB, DateTimeOffset now)
    {
        var nodeA = a.Spec.NodeName ?? "";
        var nodeB = b.Spec.NodeName ?? "";
        if (nodeA != nodeB && (nodeA.Length == 0 || nodeB.Length == 0))
            return nodeA.Length == 0 ? -1 : 1;

        var phase = PhaseOrdinal(a).CompareTo(PhaseOrdinal(b));
        if (phase != 0)
            return phase;

        var readyA = PodState.IsReady(a);
        var readyB = PodState.IsReady(b);
        if (readyA != readyB)
            return readyA ? 1 : -1;

        var cost = DeletionCost(a).CompareTo(DeletionCost(b));
        if (cost != 0)
            return cost;

        if (rankA != rankB)
            return rankA > rankB ? -1 : 1;

        if (readyA && readyB)
        {
            var readySince = CompareTimes(ReadySince(a), ReadySince(b), a, b, now);
            if (readySince != 0)
                return readySince;
        }

        var restarts = MaxRestarts(b).CompareTo(MaxRestarts(a));
        if (restarts != 0)
            return restarts;

        return CompareTimes(a.Metadata.CreationTimestamp, b.Metadata.CreationTimestamp, a, b, now);
    }

    /// <summary>The pod-deletion-cost annotation as an int32; missing or unparsable is 0.</summary>
    public static int DeletionCost(Pod pod) =>
        pod.Metadata.Annotations?.TryGetValue(DeletionCostAnnotation, out var text) == true
        && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var cost)
            ? cost
            : 0;

    /// <summary>Later (younger) first; a missing time first of all; same log2 bucket of age: by uid.</summary>
    private static int CompareTimes(DateTimeOffset t1, DateTimeOffset t2, Pod a, Pod b, DateTimeOffset now)
    {
        if (t1 == t2)
            return 0;
        if (t1 == default || t2 == default || now == default)
            return t1 == default ? -1 : t2 == default ? 1 : t2.CompareTo(t1);
        var bucket = LogBucket(now - t1).CompareTo(LogBucket(now - t2));
        return bucket != 0 ? bucket : string.CompareOrdinal(a.Metadata.Uid, b.Metadata.Uid);
    }

    /// <summary>floor(log2(age in nanoseconds)), -1 for no age, as upstream's logarithmicRankDiff.</summary>
    private static long LogBucket(TimeSpan age) => age > TimeSpan.Zero ? (long)Math.Log2(age.Ticks * 100.0) : -1;

    private static int PhaseOrdinal(Pod pod) => pod.Status.Phase switch
    {
        "Unknown" => 1,
        "Running" => 2,
        _ => 0,
    };

    private static DateTimeOffset ReadySince(Pod pod) => PodState.ReadyCondition(pod)?.LastTransitionTime ?? default;

    private static int MaxRestarts(Pod pod) => pod.Status.ContainerStatuses?.Select(c => c.RestartCount).DefaultIfEmpty(0).Max() ?? 0;
}
