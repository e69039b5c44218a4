namespace Dotkube.Testing;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>. Timers fire inside Advance, in
/// due order and on the calling thread, with the clock set to their due time; never on their own.
/// Timestamps are in ticks since the start.
/// </summary>
public sealed class ManualTime : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<Timer> _timers = [];
    private readonly DateTimeOffset _start;
    private long _elapsed;

    public ManualTime() : this(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public ManualTime(DateTimeOffset start) => _start = start;

    /// <summary>A manual clock starting at the real current time (certificates must be valid now).</summary>
    public static ManualTime AtSystemNow() => new(TimeProvider.System.GetUtcNow());

    /// <summary>The clock's current time.</summary>
    public DateTimeOffset Now => GetUtcNow();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>How long until the next armed timer fires, or null if none is armed.</summary>
    public TimeSpan? NextDue
    {
        get
        {
            lock (_lock)
            {
                var due = _timers.Where(t => t.DueAt is not null).Select(t => t.DueAt!.Value).DefaultIfEmpty(long.MaxValue).Min();
                return due == long.MaxValue ? null : TimeSpan.FromTicks(due - _elapsed);
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _start + TimeSpan.FromTicks(_elapsed);
    }

    public override long GetTimestamp()
    {
        lock (_lock) return _elapsed;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        lock (_lock) _timers.Add(timer);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        long target;
        lock (_lock) target = _elapsed + by.Ticks;
        while (true)
        {
            Timer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _elapsed = target;
                    return;
                }

                _elapsed = Math.Max(_elapsed, next.DueAt!.Value);
                next.DueAt = next.Period > 0 ? next.DueAt + next.Period : null;
            }

            // Outside the lock: callbacks re-arm timers and take their owners' locks.
            next.Fire();
        }
    }

    private sealed class Timer(ManualTime time, TimerCallback callback, object? state) : ITimer
    {
        public long? DueAt { get; set; }

        public long Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (time._lock)
            {
                if (!time._timers.Contains(this))
                    return false;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : time._elapsed + dueTime.Ticks;
                Period = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
                return true;
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (time._lock) time._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
