namespace Dotkube.Client.Queue;

public sealed partial class WorkQueue<T>
{
    // Ordered by ready time, then by arrival so equal times stay FIFO. An item waiting again with
    // an earlier time gets a new entry; the old one is stale (its sequence no longer current) and skipped.
    private readonly PriorityQueue<(T Item, long Seq), (long ReadyAt, long Seq)> _waiting = new();
    private readonly Dictionary<T, (long ReadyAt, long Seq)> _waitingIndex = [];
    private readonly ITimer _timer;
    private long _sequence;
    private long _timerDue = long.MaxValue;

    /// <summary>
    /// Adds the item once <paramref name="delay"/> has passed (at once if it is not positive).
    /// If the item is already waiting, the earlier of the two ready times wins, as upstream.
    /// </summary>
    public void AddAfter(T item, TimeSpan delay)
    {
        lock (_lock)
        {
            if (_shuttingDown)
                return;
            _metrics.Retried(Name);
            if (delay <= TimeSpan.Zero)
            {
                AddLocked(item);
                return;
            }

            var readyAt = SaturatingAdd(_time.GetTimestamp(), delay);
            if (_waitingIndex.TryGetValue(item, out var existing) && existing.ReadyAt <= readyAt)
                return;
            var entry = (readyAt, ++_sequence);
            _waitingIndex[item] = entry;
            _waiting.Enqueue((item, entry.Item2), entry);
            PumpLocked();
        }
    }

    private ITimer CreateTimer(TimeProvider time)
    {
        // The timer must not capture the creator's ExecutionContext (log scopes, activities).
        var restore = !ExecutionContext.IsFlowSuppressed();
        var flow = restore ? ExecutionContext.SuppressFlow() : default;
        try
        {
            return time.CreateTimer(static state => ((WorkQueue<T>)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
        finally
        {
            if (restore)
                flow.Undo();
        }
    }

    private void OnTimer()
    {
        lock (_lock)
        {
            if (_shuttingDown)
                return;
            _timerDue = long.MaxValue;
            PumpLocked();
        }
    }

    /// <summary>Adds every item whose time has come, then arms the timer for the next one.</summary>
    private void PumpLocked()
    {
        var now = _time.GetTimestamp();
        while (_waiting.TryPeek(out var head, out var key))
        {
            if (!IsCurrent(head.Item, head.Seq))
            {
                _waiting.Dequeue();
                continue;
            }

            if (key.ReadyAt > now)
            {
                if (key.ReadyAt != _timerDue)
                {
                    _timerDue = key.ReadyAt;
                    _timer.Change(_time.GetElapsedTime(now, key.ReadyAt), Timeout.InfiniteTimeSpan);
                }

                return;
            }

            _waiting.Dequeue();
            _waitingIndex.Remove(head.Item);
            AddLocked(head.Item);
        }
    }

    private bool IsCurrent(T item, long seq) => _waitingIndex.TryGetValue(item, out var entry) && entry.Seq == seq;

    private void StopDelayingLocked()
    {
        _waiting.Clear();
        _waitingIndex.Clear();
        _timer.Dispose();
    }

    private long SaturatingAdd(long timestamp, TimeSpan delay)
    {
        var ticks = delay.TotalSeconds * _time.TimestampFrequency;
        return ticks >= long.MaxValue - timestamp ? long.MaxValue : timestamp + (long)ticks;
    }
}
