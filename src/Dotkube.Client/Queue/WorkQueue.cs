namespace Dotkube.Client.Queue;

/// <summary>
/// A rate-limited, delaying work queue with the guarantees of client-go's workqueue
/// (k8s.io/client-go/util/workqueue, doc.go), which controllers rely on to stay level-based:
/// <list type="bullet">
/// <item><b>Fair</b>: items are handed out in the order they were added.</item>
/// <item><b>Stingy</b>: an item added several times before a worker takes it is handed out once
/// (the dirty set), and an item a worker holds is never handed to a second worker until the first
/// calls <see cref="Done"/> (the processing set). A key is therefore never reconciled twice at once,
/// whatever the number of workers.</item>
/// <item><b>Re-adds while processing are kept</b>: the item is marked dirty and queued again when
/// <see cref="Done"/> is called, so a change seen during a reconcile is never lost.</item>
/// <item><b>Delayed adds</b>: <see cref="AddAfter"/> holds items on a heap ordered by ready time,
/// driven by the injected <see cref="TimeProvider"/>; an item already waiting keeps the earlier time.</item>
/// <item><b>Rate-limited retries</b>: <see cref="AddRateLimited"/> waits as long as the rate limiter
/// says (by default <see cref="RateLimiters.DefaultController{T}"/>: per-item backoff from 5 ms
/// doubling to 1000 s, and at most 10 qps with a burst of 100 overall); <see cref="Forget"/> ends an
/// item's backoff and <see cref="NumRequeues"/> reports it.</item>
/// <item><b>Shutdown</b>: after <see cref="ShutDown"/> adds are ignored and delayed items dropped;
/// <see cref="GetAsync"/> still hands out items already queued, then reports shutdown.
/// <see cref="ShutDownWithDrainAsync"/> also waits until every handed-out item is Done.</item>
/// </list>
/// Items must have value equality (strings, records): the sets are hash sets. Every item taken
/// with <see cref="GetAsync"/> must be passed to <see cref="Done"/> exactly once, or it is never
/// handed out again and a drain never completes.
/// </summary>
public sealed partial class WorkQueue<T> : IDisposable where T : notnull
{
    private readonly Lock _lock = new();
    private readonly Queue<T> _queue = new();
    private readonly HashSet<T> _dirty = [];
    private readonly HashSet<T> _processing = [];
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly Dictionary<T, long> _addedAt = [];
    private readonly Dictionary<T, long> _startedAt = [];
    private readonly TimeProvider _time;
    private readonly IWorkQueueMetrics _metrics;
    private TaskCompletionSource? _drained;
    private bool _shuttingDown;

    /// <param name="name">The name label of the workqueue_* metrics, usually the controller's name.</param>
    /// <param name="time">Drives delays, backoff and the duration metrics.</param>
    /// <param name="rateLimiter">Defaults to <see cref="RateLimiters.DefaultController{T}"/>.</param>
    /// <param name="metrics">Defaults to reporting nothing.</param>
    public WorkQueue(string name, TimeProvider time, IRateLimiter<T>? rateLimiter = null, IWorkQueueMetrics? metrics = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(time);
        Name = name;
        _time = time;
        _rateLimiter = rateLimiter ?? RateLimiters.DefaultController<T>(time);
        _metrics = metrics ?? NullWorkQueueMetrics.Instance;
        _timer = CreateTimer(time);
    }

    public string Name { get; }

    /// <summary>Items waiting to be handed out (not those delayed, nor those being processed).</summary>
    public int Len
    {
        get { lock (_lock) return _queue.Count; }
    }

    public bool ShuttingDown
    {
        get { lock (_lock) return _shuttingDown; }
    }

    /// <summary>Marks the item as needing processing; ignored after shutdown or if it is already pending.</summary>
    public void Add(T item)
    {
        lock (_lock) AddLocked(item);
    }

    /// <summary>
    /// The next item, waiting until there is one. Shutdown is true (and Item meaningless) once the
    /// queue is shut down and empty; the caller then stops working. Cancelling <paramref name="ct"/>
    /// abandons the wait without taking an item.
    /// </summary>
    public async ValueTask<(T Item, bool Shutdown)> GetAsync(CancellationToken ct = default)
    {
        Waiter waiter;
        lock (_lock)
        {
            if (_queue.Count > 0)
                return (TakeLocked(_queue.Dequeue()), false);
            if (_shuttingDown)
                return (default!, true);
            ct.ThrowIfCancellationRequested();
            waiter = new Waiter(this);
            waiter.Node = _waiters.AddLast(waiter);
        }

        // Registered outside the lock: a token already cancelled runs the callback inline.
        using (ct.UnsafeRegister(static (state, token) => ((Waiter)state!).Cancel(token), waiter))
            return await waiter.Task.ConfigureAwait(false);
    }

    /// <summary>Ends processing of an item; if it was added again meanwhile it is queued again now.</summary>
    public void Done(T item)
    {
        lock (_lock)
        {
            if (!_processing.Remove(item))
                return;
            if (_startedAt.Remove(item, out var started))
                _metrics.ObserveWorkDuration(Name, _time.GetElapsedTime(started));
            if (_dirty.Contains(item))
                PushLocked(item);
            CompleteDrainIfIdleLocked();
        }
    }

    /// <summary>Ignores further adds, drops delayed items and wakes idle workers with shutdown.</summary>
    public void ShutDown()
    {
        lock (_lock) ShutDownLocked();
    }

    /// <summary>
    /// <see cref="ShutDown"/>, then waits until workers have taken every queued item and called
    /// <see cref="Done"/> on all of them. Workers must keep calling <see cref="GetAsync"/> meanwhile.
    /// </summary>
    public Task ShutDownWithDrainAsync(CancellationToken ct = default)
    {
        lock (_lock)
        {
            ShutDownLocked();
            if (_queue.Count == 0 && _processing.Count == 0)
                return Task.CompletedTask;
            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task.WaitAsync(ct);
        }
    }

    public void Dispose() => ShutDown();

    private void AddLocked(T item)
    {
        if (_shuttingDown || !_dirty.Add(item))
            return;
        _metrics.Added(Name);
        _metrics.SetDepth(Name, _dirty.Count);
        _addedAt.TryAdd(item, _time.GetTimestamp());
        // Held by a worker: Done queues it again, so two workers never hold it at once.
        if (!_processing.Contains(item))
            PushLocked(item);
    }

    /// <summary>Hands the item to the longest-waiting worker, or queues it if none waits.</summary>
    private void PushLocked(T item)
    {
        // Workers wait only while the queue is empty, so handing over keeps FIFO order.
        if (_waiters.First is { } first)
        {
            _waiters.RemoveFirst();
            first.Value.Node = null;
            first.Value.TrySetResult((TakeLocked(item), false));
        }
        else
        {
            _queue.Enqueue(item);
        }
    }

    private T TakeLocked(T item)
    {
        _processing.Add(item);
        _dirty.Remove(item);
        _metrics.SetDepth(Name, _dirty.Count);
        var now = _time.GetTimestamp();
        if (_addedAt.Remove(item, out var added))
            _metrics.ObserveQueueDuration(Name, _time.GetElapsedTime(added, now));
        _startedAt[item] = now;
        return item;
    }

    private void CancelWait(Waiter waiter, CancellationToken ct)
    {
        lock (_lock)
        {
            // Still listed means no item was handed over: the wait can end empty-handed.
            if (waiter.Node is null)
                return;
            _waiters.Remove(waiter.Node);
            waiter.Node = null;
            waiter.TrySetCanceled(ct);
        }
    }

    private void ShutDownLocked()
    {
        if (!_shuttingDown)
        {
            _shuttingDown = true;
            StopDelayingLocked();
            // Waiters exist only while the queue is empty: they can stop now.
            foreach (var waiter in _waiters)
            {
                waiter.Node = null;
                waiter.TrySetResult((default!, true));
            }

            _waiters.Clear();
        }

        CompleteDrainIfIdleLocked();
    }

    private void CompleteDrainIfIdleLocked()
    {
        if (_shuttingDown && _queue.Count == 0 && _processing.Count == 0)
            _drained?.TrySetResult();
    }

    /// <summary>A worker waiting in <see cref="GetAsync"/>; listed (Node set) exactly while its task is pending.</summary>
    private sealed class Waiter(WorkQueue<T> queue) : TaskCompletionSource<(T Item, bool Shutdown)>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public LinkedListNode<Waiter>? Node { get; set; }

        public void Cancel(CancellationToken ct) => queue.CancelWait(this, ct);
    }
}
