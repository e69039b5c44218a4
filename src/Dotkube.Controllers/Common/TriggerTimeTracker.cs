using System.Globalization;
using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.Common;

/// <summary>
/// Computes the endpoints.kubernetes.io/last-change-trigger-time of a service's Endpoints or
/// EndpointSlices (upstream's TriggerTimeTracker): the earliest change since the last sync, where
/// a pod's change is its Ready condition's lastTransitionTime and the service's its creation.
/// A service seen for the first time reports its creation time. Safe for concurrent calls on
/// different services; the work queue never syncs one service on two workers at once.
/// </summary>
public sealed class TriggerTimeTracker
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, State> _states = [];

    /// <summary>The trigger time to publish, or null when nothing changed since the last call (the annotation is then removed).</summary>
    public DateTimeOffset? Compute(Service service, IEnumerable<Pod> pods)
    {
        var key = service.Metadata.Namespace + "/" + service.Metadata.Name;
        State? previous;
        lock (_lock)
            _states.TryGetValue(key, out previous);

        DateTimeOffset? earliestChange = null;
        var podTimes = new Dictionary<string, DateTimeOffset>();
        foreach (var pod in pods)
        {
            if (PodState.ReadyCondition(pod) is not { } ready || ready.LastTransitionTime == default)
                continue;
            podTimes[pod.Metadata.Name!] = ready.LastTransitionTime;
            if (previous is null || !previous.Pods.TryGetValue(pod.Metadata.Name!, out var seen) || ready.LastTransitionTime > seen)
                earliestChange = Min(earliestChange, ready.LastTransitionTime);
        }

        var serviceTime = service.Metadata.CreationTimestamp;
        if (previous is null || serviceTime > previous.Service)
            earliestChange = Min(earliestChange, serviceTime);

        lock (_lock)
            _states[key] = new State(podTimes, serviceTime);
        return previous is null ? serviceTime : earliestChange;
    }

    public void Forget(string ns, string name)
    {
        lock (_lock)
            _states.Remove(ns + "/" + name);
    }

    /// <summary>The annotation value: RFC 3339 with sub-second digits only when present, as Go's RFC3339Nano.</summary>
    public static string Format(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var fraction = (utc.Ticks % TimeSpan.TicksPerSecond).ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (fraction.Length > 0 ? "." + fraction : "") + "Z";
    }

    private static DateTimeOffset Min(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    private sealed record State(Dictionary<string, DateTimeOffset> Pods, DateTimeOffset Service);
}
