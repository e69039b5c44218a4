using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.PodGc;

/// <summary>Which pods the pod garbage collector deletes (upstream's podgc predicates), as pure functions.</summary>
public static class PodGcSelection
{
    /// <summary>The taint that marks a node shut down for good (v1.TaintNodeOutOfService).</summary>
    public const string OutOfServiceTaint = "node.kubernetes.io/out-of-service";

    /// <summary>As upstream's isPodTerminated: any phase other than Pending, Running or Unknown (so Succeeded and Failed).</summary>
    public static bool IsTerminated(Pod pod) => pod.Status.Phase is not ("Pending" or "Running" or "Unknown");

    /// <summary>
    /// The terminated pods beyond <paramref name="threshold"/>, in deletion order: evicted ones
    /// first (so controllers' own finished pods stay longest), then oldest first, by name on a tie.
    /// None when the threshold is 0 or less (the collection is off).
    /// </summary>
    public static List<Pod> TerminatedBeyondThreshold(IEnumerable<Pod> pods, int threshold)
    {
        if (threshold <= 0)
            return [];
        var terminated = pods.Where(IsTerminated).ToList();
        var excess = terminated.Count - threshold;
        if (excess <= 0)
            return [];
        return [.. terminated
            .OrderByDescending(IsEvicted)
            .ThenBy(p => p.Metadata.CreationTimestamp)
            .ThenBy(p => p.Metadata.Name, StringComparer.Ordinal)
            .Take(excess)];
    }

    /// <summary>Pods being deleted that never got a node: no kubelet will ever finish them.</summary>
    public static List<Pod> UnscheduledTerminating(IEnumerable<Pod> pods) =>
        [.. pods.Where(p => p.Metadata.DeletionTimestamp is not null && string.IsNullOrEmpty(p.Spec.NodeName))];

    /// <summary>
    /// Pods still terminating on a node that is not Ready and tainted out-of-service: the node is
    /// known to be down, so they are deleted without waiting for its kubelet (gcTerminating).
    /// </summary>
    public static List<Pod> TerminatingOnOutOfServiceNodes(IEnumerable<Pod> pods, Func<string, Node?> nodes) =>
        [.. pods.Where(p => !IsTerminated(p) && p.Metadata.DeletionTimestamp is not null && !string.IsNullOrEmpty(p.Spec.NodeName) &&
            nodes(p.Spec.NodeName!) is { } node && !IsReady(node) && node.Spec.Taints?.Any(t => t.Key == OutOfServiceTaint) == true)];

    /// <summary>Names of the nodes pods are bound to that are not among <paramref name="existing"/>.</summary>
    public static HashSet<string> MissingNodes(IEnumerable<Pod> pods, IReadOnlySet<string> existing) =>
        [.. pods.Select(p => p.Spec.NodeName).OfType<string>().Where(n => n.Length > 0 && !existing.Contains(n))];

    /// <summary>eviction.PodIsEvicted: Failed with reason Evicted.</summary>
    public static bool IsEvicted(Pod pod) => pod.Status.Phase == "Failed" && pod.Status.Reason == "Evicted";

    private static bool IsReady(Node node) => NodeLifecycle.NodeHealthMap.ReadyOf(node.Status)?.Status == ConditionStatus.True;
}
