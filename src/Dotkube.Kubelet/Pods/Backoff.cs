namespace Dotkube.Kubelet.Pods;

/// <summary>
/// Per-key exponential back-off as upstream's flowcontrol.Backoff, which the kubelet uses for
/// CrashLoopBackOff (key: pod and container) and image pulls (key: pod and image): the first
/// <see cref="Next"/> sets the initial delay, each later one doubles it up to the maximum, and an
/// entry not touched for twice the maximum starts over (a container that ran 10 min is forgiven).
/// Thread-safe.
/// </summary>
public sealed class Backoff(TimeSpan initial, TimeSpan max, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (TimeSpan Delay, DateTimeOffset LastUpdate)> _entries = [];

    /// <summary>Records a failure at now and grows the key's delay; returns the new delay.</summary>
    public TimeSpan Next(string key)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var delay = _entries.TryGetValue(key, out var entry) && !Expired(entry.LastUpdate, now)
                ? TimeSpan.FromTicks(Math.Min(entry.Delay.Ticks * 2, max.Ticks))
                : initial;
            _entries[key] = (delay, now);
            return delay;
        }
    }

    /// <summary>
    /// How much longer the key stays in back-off after an event (a container's finish, a failed
    /// pull) at <paramref name="eventTime"/>: zero when the key may be retried now.
    /// </summary>
    public TimeSpan Remaining(string key, DateTimeOffset eventTime)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry) || Expired(entry.LastUpdate, now))
                return TimeSpan.Zero;
            var left = entry.Delay - (now - eventTime);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>How much longer the key stays in back-off after its last <see cref="Next"/> (a failed pull).</summary>
    public TimeSpan Remaining(string key)
    {
        DateTimeOffset lastUpdate;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
                return TimeSpan.Zero;
            lastUpdate = entry.LastUpdate;
        }

        return Remaining(key, lastUpdate);
    }

    /// <summary>The key's current delay (zero when it has none), for messages such as "back-off 20s".</summary>
    public TimeSpan Delay(string key)
    {
        lock (_lock)
            return _entries.TryGetValue(key, out var entry) ? entry.Delay : TimeSpan.Zero;
    }

    /// <summary>Forgets keys that start with <paramref name="prefix"/> (a pod that is gone).</summary>
    public void ForgetPrefix(string prefix)
    {
        lock (_lock)
        {
            foreach (var key in _entries.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
                _entries.Remove(key);
        }
    }

    private bool Expired(DateTimeOffset lastUpdate, DateTimeOffset now) => now - lastUpdate > 2 * max;
}
