namespace Dotkube.Controllers.TaintEviction;

/// <summary>
/// Pod evictions waiting for their time (upstream's TimedWorkerQueue), keyed by "namespace/name",
/// on the injected clock. When an eviction is due it is marked fired and handed to
/// <c>onDue</c>, which only queues it: the eviction itself runs in the controller's workers and
/// calls <see cref="Complete"/> when done. At most one eviction per pod: adding one for a pod that
/// already has one does nothing.
/// </summary>
internal sealed class EvictionSchedule(TimeProvider time, Action<string> onDue) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>When the pod's eviction was scheduled, or null when none is.</summary>
    public DateTimeOffset? CreatedAt(string key)
    {
        lock (_lock) return _entries.TryGetValue(key, out var entry) ? entry.CreatedAt : null;
    }

    /// <summary>Schedules the eviction for <paramref name="fireAt"/> (at once when that has passed) unless one exists.</summary>
    public void Add(string key, DateTimeOffset createdAt, DateTimeOffset fireAt)
    {
        var entry = new Entry(createdAt);
        var delay = fireAt - time.GetUtcNow();
        lock (_lock)
        {
            if (!_entries.TryAdd(key, entry))
                return;
            if (delay > TimeSpan.Zero)
            {
                entry.Timer = time.CreateTimer(_ => Fire(key, entry), null, delay, Timeout.InfiniteTimeSpan);
                return;
            }

            entry.Fired = true;
        }

        onDue(key);
    }

    /// <summary>Cancels the pod's eviction; true when one was still waiting for its time (upstream then records an event).</summary>
    public bool Cancel(string key)
    {
        lock (_lock)
        {
            if (!_entries.Remove(key, out var entry))
                return false;
            entry.Timer?.Dispose();
            return !entry.Fired;
        }
    }

    /// <summary>
    /// The fired eviction of the pod, if it still stands (not cancelled since); <paramref name="first"/>
    /// is true only the first time it is asked for, so the eviction event is recorded once.
    /// </summary>
    public object? Fired(string key, out bool first)
    {
        lock (_lock)
        {
            first = false;
            if (!_entries.TryGetValue(key, out var entry) || !entry.Fired)
                return null;
            first = !entry.Announced;
            entry.Announced = true;
            return entry;
        }
    }

    /// <summary>Forgets a fired eviction that has been carried out (not a newer one scheduled meanwhile).</summary>
    public void Complete(string key, object token)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry) && ReferenceEquals(entry, token))
                _entries.Remove(key);
        }
    }

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var entry in _entries.Values)
                entry.Timer?.Dispose();
            _entries.Clear();
        }
    }

    private void Fire(string key, Entry entry)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var current) || !ReferenceEquals(current, entry))
                return;
            entry.Fired = true;
        }

        onDue(key);
    }

    private sealed class Entry(DateTimeOffset createdAt)
    {
        public DateTimeOffset CreatedAt { get; } = createdAt;

        public ITimer? Timer { get; set; }

        public bool Fired { get; set; }

        public bool Announced { get; set; }
    }
}
