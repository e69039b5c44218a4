using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// A pod waiting in the scheduling queue (upstream framework.QueuedPodInfo): when it was (re)queued,
/// how many times it was tried, and which plugins rejected it last, so that only cluster events
/// those plugins care about move it back to the active queue.
/// </summary>
public sealed class QueuedPodInfo(Pod pod, DateTimeOffset timestamp)
{
    public Pod Pod { get; set; } = pod;

    /// <summary>When the pod was last added to the queue; the queue-sort tie-breaker and the start of its backoff.</summary>
    public DateTimeOffset Timestamp { get; set; } = timestamp;

    /// <summary>When the pod first entered the queue (the end-to-end latency metrics start there).</summary>
    public DateTimeOffset InitialAttemptTimestamp { get; set; } = timestamp;

    /// <summary>Scheduling attempts so far; the backoff doubles with each.</summary>
    public int Attempts { get; set; }

    /// <summary>Plugins that rejected the pod in its last attempt (empty after an error).</summary>
    public HashSet<string> UnschedulablePlugins { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when the last attempt failed with an error rather than a rejection.</summary>
    public bool LastFailureWasError { get; set; }

    public string Key => $"{Pod.Metadata.Namespace}/{Pod.Metadata.Name}";
}
