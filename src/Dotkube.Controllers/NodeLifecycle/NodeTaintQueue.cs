namespace Dotkube.Controllers.NodeLifecycle;

/// <summary>
/// The nodes of one zone waiting for a NoExecute taint, drained at the zone's eviction rate
/// (upstream's RateLimitedTimedQueue over a UniqueQueue). A node is a member from
/// <see cref="Add"/> until <see cref="Remove"/>: once tainted it leaves the queue but stays a
/// member, so later passes do not taint it again; a failed attempt goes back in line after the
/// wait its action asked for.
/// </summary>
internal sealed class NodeTaintQueue
{
    /// <summary>Upstream's EvictionRateLimiterBurst.</summary>
    private const int Burst = 1;

    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly List<Entry> _queue = [];
    private TokenBucket _limiter;
    private long _sequence;

    public NodeTaintQueue(double qps, TimeProvider time)
    {
        _time = time;
        _limiter = new TokenBucket(qps, Burst, time);
    }

    public double Qps
    {
        get { lock (_lock) return _limiter.Qps; }
    }

    /// <summary>Queues the node unless it is already a member; true when added.</summary>
    public bool Add(string name)
    {
        lock (_lock)
        {
            if (!_members.Add(name))
                return false;
            _queue.Add(new Entry(name, _time.GetUtcNow(), _sequence++));
            return true;
        }
    }

    /// <summary>Forgets the node (queued or already processed); true when it was a member.</summary>
    public bool Remove(string name)
    {
        lock (_lock)
        {
            _queue.RemoveAll(e => e.Name == name);
            return _members.Remove(name);
        }
    }

    public bool Contains(string name)
    {
        lock (_lock) return _members.Contains(name);
    }

    /// <summary>
    /// Replaces the rate, as upstream's SwapLimiter: zero stops the queue; a new bucket starts
    /// empty when the old one was empty, so swapping rates never grants an extra token.
    /// </summary>
    public void SwapLimiter(double qps)
    {
        lock (_lock)
        {
            if (_limiter.Qps == qps)
                return;
            var next = new TokenBucket(qps, Burst, _time);
            if (qps > 0 && !_limiter.TryAccept())
                next.TryAccept();
            _limiter = next;
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> on due nodes in order while the limiter has tokens. The
    /// action answers whether it is done with the node, or how long to wait before the next try.
    /// One caller at a time (the tainting loop).
    /// </summary>
    public async Task TryAsync(Func<string, Task<(bool Done, TimeSpan Retry)>> action)
    {
        while (true)
        {
            Entry head;
            lock (_lock)
            {
                if (_queue.Count == 0 || !_limiter.TryAccept())
                    return;
                head = _queue.MinBy(e => (e.ProcessAt, e.Sequence))!;
                if (_time.GetUtcNow() < head.ProcessAt)
                    return;
            }

            var (done, retry) = await action(head.Name).ConfigureAwait(false);
            lock (_lock)
            {
                var index = _queue.IndexOf(head);
                if (index < 0)
                    continue; // removed while the action ran
                if (done)
                    _queue.RemoveAt(index);
                else
                    _queue[index] = head with { ProcessAt = _time.GetUtcNow() + retry + TimeSpan.FromTicks(1), Sequence = _sequence++ };
            }
        }
    }

    private sealed record Entry(string Name, DateTimeOffset ProcessAt, long Sequence);
}
