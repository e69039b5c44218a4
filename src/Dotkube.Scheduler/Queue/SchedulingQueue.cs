using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Runtime;

namespace Dotkube.Scheduler.Queue;

/// <summary>
/// The scheduling queue (upstream PriorityQueue) with its three parts: the active queue, ordered by
/// the profile's queue-sort plugin, that <see cref="PopAsync"/> takes from; the backoff queue, where
/// a pod waits 1 s doubling to 10 s per attempt before it is retried (a rejected pod is taken early
/// when the active queue is empty, as upstream's SchedulerPopFromBackoffQ since v1.33; a pod that
/// failed with an error always waits); and the unschedulable pods,
/// which wait for a cluster event that may help them (<see cref="MoveAllToActiveOrBackoffQueue"/>)
/// or at most <see cref="SchedulingQueueOptions.MaxInUnschedulable"/>. Before a pod enters the
/// active or backoff queue the preEnqueue plugins run (<see cref="SchedulingQueueOptions.PreEnqueue"/>);
/// a pod one of them rejects waits gated among the unschedulable pods, never attempted and never
/// backing off, until its own update or an event its gating plugin registered runs them again
/// (upstream's Gated pods, e.g. pods with scheduling gates). A pod is in at most one part,
/// keyed by namespace/name. Thread-safe: informer handlers add and move while the scheduling loop pops.
/// </summary>
public sealed partial class SchedulingQueue
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly SchedulingQueueOptions _options;
    private readonly IScheduleMetrics _metrics;
    private readonly SortedSet<Entry> _active;
    private readonly Dictionary<string, Entry> _activeByKey = new(StringComparer.Ordinal);
    private readonly SortedSet<Entry> _backoff = new(Comparer<Entry>.Create(CompareExpiry));
    private readonly SortedSet<Entry> _errorBackoff = new(Comparer<Entry>.Create(CompareExpiry));
    private readonly Dictionary<string, Entry> _backoffByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueuedPodInfo> _unschedulable = new(StringComparer.Ordinal);
    private readonly HashSet<string> _gated = new(StringComparer.Ordinal);
    private long _sequence;
    private long _schedulingCycle;
    private long _moveRequestCycle = -1;
    private TaskCompletionSource? _waiter;

    public SchedulingQueue(Func<QueuedPodInfo, QueuedPodInfo, bool> less, TimeProvider time, SchedulingQueueOptions? options = null,
        IScheduleMetrics? metrics = null)
    {
        _time = time;
        _options = options ?? new SchedulingQueueOptions();
        _metrics = metrics ?? NullScheduleMetrics.Instance;
        _active = new SortedSet<Entry>(Comparer<Entry>.Create((a, b) =>
            ReferenceEquals(a, b) ? 0 : less(a.Info, b.Info) ? -1 : less(b.Info, a.Info) ? 1 : a.Sequence.CompareTo(b.Sequence)));
    }

    /// <summary>Incremented by every <see cref="PopAsync"/>; failures report the cycle they started in.</summary>
    public long SchedulingCycle
    {
        get
        {
            lock (_gate)
                return _schedulingCycle;
        }
    }

    /// <summary>The pods in each part; gated pods are not counted as unschedulable (see <see cref="GatedCount"/>), as upstream's metrics.</summary>
    public (int Active, int Backoff, int Unschedulable) Counts
    {
        get
        {
            lock (_gate)
                return (_active.Count, _backoff.Count + _errorBackoff.Count, _unschedulable.Count - _gated.Count);
        }
    }

    /// <summary>The unschedulable pods a preEnqueue plugin keeps out of the active queue.</summary>
    public int GatedCount
    {
        get
        {
            lock (_gate)
                return _gated.Count;
        }
    }

    /// <summary>A new pending pod (or one seen again): straight to the active queue.</summary>
    public void Add(Pod pod)
    {
        lock (_gate)
        {
            var key = KeyOf(pod);
            RemoveFromBackoff(key);
            RemoveUnschedulable(key);
            if (_activeByKey.TryGetValue(key, out var entry))
                entry.Info.Pod = pod;
            else
                AddActive(new QueuedPodInfo(pod, _time.GetUtcNow()));
            Changed();
        }
    }

    /// <summary>
    /// A queued pod changed: it is replaced where it is; an unschedulable pod whose spec, labels or
    /// annotations changed is retried (after its backoff), as the change may make it fit; a gated
    /// pod goes through the preEnqueue plugins again, so removing its last scheduling gate makes it
    /// active at once. A pod in no queue (being scheduled right now) is added, as upstream does.
    /// </summary>
    public void Update(Pod oldPod, Pod newPod)
    {
        lock (_gate)
        {
            var key = KeyOf(newPod);
            if (_activeByKey.TryGetValue(key, out var active))
            {
                active.Info.Pod = newPod;
            }
            else if (_backoffByKey.TryGetValue(key, out var backoff))
            {
                backoff.Info.Pod = newPod;
            }
            else if (_unschedulable.TryGetValue(key, out var info))
            {
                info.Pod = newPod;
                if (ChangedForScheduling(oldPod, newPod))
                {
                    var gated = RemoveUnschedulable(key);
                    info.UnschedulablePlugins.Clear();
                    MoveOut(info, gated);
                }
            }
            else
            {
                AddActive(new QueuedPodInfo(newPod, _time.GetUtcNow()));
            }

            Changed();
        }
    }

    public void Delete(Pod pod)
    {
        lock (_gate)
        {
            var key = KeyOf(pod);
            if (_activeByKey.Remove(key, out var entry))
                _active.Remove(entry);
            RemoveFromBackoff(key);
            RemoveUnschedulable(key);
            Changed();
        }
    }

    /// <summary>
    /// Takes the first pod of the active queue or, when that is empty, the rejected pod whose backoff
    /// ends first (an idle scheduler need not wait), waiting until there is one.
    /// </summary>
    public async Task<QueuedPodInfo> PopAsync(CancellationToken ct)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                var first = _active.Count > 0 ? TakeFirst(_active, _activeByKey) : TakeFirst(_backoff, _backoffByKey);
                if (first is not null)
                {
                    first.Info.Attempts++;
                    _schedulingCycle++;
                    Changed();
                    return first.Info;
                }

                _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _waiter.Task;
            }

            await wait.WaitAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Puts back a pod whose attempt in <paramref name="podSchedulingCycle"/> failed: to the backoff
    /// queue when it failed with an error or a move request came during its cycle (the event may
    /// have been what it needed), else to the unschedulable pods. Nothing happens if the pod is
    /// already queued again (an update re-added it).
    /// </summary>
    public void AddUnschedulableIfNotPresent(QueuedPodInfo info, long podSchedulingCycle)
    {
        lock (_gate)
        {
            var key = info.Key;
            if (_activeByKey.ContainsKey(key) || _backoffByKey.ContainsKey(key) || _unschedulable.ContainsKey(key))
                return;
            info.Timestamp = _time.GetUtcNow();
            if (info.LastFailureWasError || _moveRequestCycle >= podSchedulingCycle)
                AddBackoff(info);
            else
                _unschedulable[key] = info;
            Changed();
        }
    }

    /// <summary>
    /// A cluster event happened: every unschedulable pod that a plugin interested in it had rejected
    /// moves to the backoff queue (if still backing off) or the active queue.
    /// </summary>
    public void MoveAllToActiveOrBackoffQueue(ClusterEvent clusterEvent)
    {
        lock (_gate)
        {
            foreach (var (key, info) in _unschedulable.ToList())
            {
                if (!Helps(info, clusterEvent))
                    continue;
                MoveOut(info, RemoveUnschedulable(key));
            }

            _moveRequestCycle = _schedulingCycle;
            Changed();
        }
    }

    /// <summary>Moves the pods whose backoff is over to the active queue (upstream flushBackoffQCompleted).</summary>
    public void FlushBackoffCompleted()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var backoff in (SortedSet<Entry>[])[_backoff, _errorBackoff])
            {
                while (backoff.Min is { } first && first.Expiry <= now)
                {
                    backoff.Remove(first);
                    _backoffByKey.Remove(first.Info.Key);
                    AddActive(first.Info);
                }
            }

            Changed();
        }
    }

    /// <summary>Retries the pods unschedulable for longer than <see cref="SchedulingQueueOptions.MaxInUnschedulable"/>.</summary>
    public void FlushUnschedulableLeftover()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var (key, info) in _unschedulable.ToList())
            {
                if (now - info.Timestamp <= _options.MaxInUnschedulable)
                    continue;
                MoveOut(info, RemoveUnschedulable(key));
            }

            Changed();
        }
    }

    /// <summary>Runs the periodic flushes until <paramref name="ct"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken ct) =>
        Task.WhenAll(EveryAsync(_options.BackoffFlushInterval, FlushBackoffCompleted, ct),
            EveryAsync(_options.UnschedulableFlushInterval, FlushUnschedulableLeftover, ct));

    /// <summary>Upstream's per-pod backoff: the initial backoff doubled for each attempt after the first, capped.</summary>
    public TimeSpan BackoffDuration(int attempts)
    {
        var duration = _options.InitialBackoff;
        for (var i = 1; i < attempts; i++)
        {
            duration *= 2;
            if (duration >= _options.MaxBackoff)
                return _options.MaxBackoff;
        }

        return duration;
    }

    public bool Contains(Pod pod)
    {
        lock (_gate)
        {
            var key = KeyOf(pod);
            return _activeByKey.ContainsKey(key) || _backoffByKey.ContainsKey(key) || _unschedulable.ContainsKey(key);
        }
    }

    public static string KeyOf(Pod pod) => $"{pod.Metadata.Namespace}/{pod.Metadata.Name}";
}
