namespace Dotkube.Client.Queue;

/// <summary>
/// One token bucket over all items (client-go's BucketRateLimiter on golang.org/x/time/rate):
/// it starts full with <c>burst</c> tokens and refills at <c>qps</c>; each retry takes a token,
/// and once the bucket is empty a retry waits for the token it has reserved. It caps the retry
/// rate of a whole controller, whichever items fail. It tracks no items: Forget does nothing.
/// </summary>
public sealed class BucketRateLimiter<T> : IRateLimiter<T> where T : notnull
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly double _qps;
    private readonly double _burst;
    private double _tokens;
    private long _last;

    public BucketRateLimiter(double qps, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(qps, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentNullException.ThrowIfNull(time);
        _qps = qps;
        _burst = burst;
        _time = time;
        _tokens = burst;
        _last = time.GetTimestamp();
    }

    public TimeSpan When(T item)
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_last, now).TotalSeconds * _qps));
            _last = now;
            // Reserving drives the balance negative: later callers queue behind earlier reservations.
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _qps);
        }
    }

    public void Forget(T item)
    {
    }

    public int NumRequeues(T item) => 0;
}
