using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Queue;

public sealed partial class SchedulingQueue
{
    private static int CompareExpiry(Entry a, Entry b) =>
        ReferenceEquals(a, b) ? 0 : a.Expiry != b.Expiry ? a.Expiry.CompareTo(b.Expiry) : a.Sequence.CompareTo(b.Sequence);

    // Callers hold _gate. Upstream moveToActiveQ: a pod the preEnqueue plugins reject waits gated instead.
    private void AddActive(QueuedPodInfo info, bool wasGated = false)
    {
        if (!PassesPreEnqueue(info))
            return;
        if (wasGated && info.Attempts == 0)
        {
            // As upstream, the end-to-end scheduling latency starts when the pod first becomes active, not while it was gated.
            info.InitialAttemptTimestamp = _time.GetUtcNow();
        }

        var entry = new Entry(info, _sequence++, default);
        _active.Add(entry);
        _activeByKey[info.Key] = entry;
        WakePop();
    }

    private void AddBackoff(QueuedPodInfo info)
    {
        if (!PassesPreEnqueue(info))
            return;
        var entry = new Entry(info, _sequence++, BackoffExpiry(info), info.LastFailureWasError);
        BackoffOf(entry).Add(entry);
        _backoffByKey[info.Key] = entry;
        if (!entry.Error)
            WakePop();
    }

    private void RemoveFromBackoff(string key)
    {
        if (_backoffByKey.Remove(key, out var entry))
            BackoffOf(entry).Remove(entry);
    }

    private static Entry? TakeFirst(SortedSet<Entry> queue, Dictionary<string, Entry> byKey)
    {
        if (queue.Min is not { } first)
            return null;
        queue.Remove(first);
        byKey.Remove(first.Info.Key);
        return first;
    }

    private SortedSet<Entry> BackoffOf(Entry entry) => entry.Error ? _errorBackoff : _backoff;

    private void WakePop()
    {
        if (_waiter is { } waiter)
        {
            _waiter = null;
            waiter.TrySetResult();
        }
    }

    /// <summary>Out of the unschedulable pods: to backoff while backing off (a gated pod never is, as upstream), else to the active queue.</summary>
    private void MoveOut(QueuedPodInfo info, bool wasGated)
    {
        if (!wasGated && BackoffExpiry(info) > _time.GetUtcNow())
            AddBackoff(info);
        else
            AddActive(info, wasGated);
    }

    private DateTimeOffset BackoffExpiry(QueuedPodInfo info) => info.Timestamp + BackoffDuration(Math.Max(info.Attempts, 1));

    private bool Helps(QueuedPodInfo info, ClusterEvent happened)
    {
        if (info.UnschedulablePlugins.Count == 0)
            return true;
        foreach (var plugin in info.UnschedulablePlugins)
        {
            var registered = _options.EventsOfPlugin(plugin);
            if (registered is null || registered.Any(e => ClusterEventResources.Matches(e, happened)))
                return true;
        }

        return false;
    }

    private void Changed()
    {
        _metrics.PendingPods("active", _active.Count);
        _metrics.PendingPods("backoff", _backoff.Count + _errorBackoff.Count);
        _metrics.PendingPods("unschedulable", _unschedulable.Count - _gated.Count);
        _metrics.PendingPods("gated", _gated.Count);
    }

    private async Task EveryAsync(TimeSpan interval, Action action, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
                action();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Whether an update may change where the pod fits: anything but status and bookkeeping metadata.</summary>
    private static bool ChangedForScheduling(Pod oldPod, Pod newPod) =>
        !KubeJson.Serialize(oldPod.Spec).AsSpan().SequenceEqual(KubeJson.Serialize(newPod.Spec)) ||
        !SameMap(oldPod.Metadata.Labels, newPod.Metadata.Labels) || !SameMap(oldPod.Metadata.Annotations, newPod.Metadata.Annotations);

    internal static bool SameMap(Dictionary<string, string>? a, Dictionary<string, string>? b) =>
        (a?.Count ?? 0) == (b?.Count ?? 0) && (a ?? []).All(kv => b is not null && b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private sealed record Entry(QueuedPodInfo Info, long Sequence, DateTimeOffset Expiry, bool Error = false);
}
