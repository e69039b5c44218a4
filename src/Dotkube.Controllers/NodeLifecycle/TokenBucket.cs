namespace Dotkube.Controllers.NodeLifecycle;

/// <summary>
/// A non-blocking token bucket on an injected clock (client-go flowcontrol's token bucket limiter
/// as the node controller uses it): it starts full, refills at <see cref="Qps"/> tokens per second up
/// to <c>burst</c>, and <see cref="TryAccept"/> takes a token when one is there. A rate of zero
/// never accepts (upstream's NewFakeNeverRateLimiter, used to stop evictions).
/// </summary>
internal sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly double _burst;
    private double _tokens;
    private long _last;

    public TokenBucket(double qps, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qps);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        Qps = qps;
        _burst = burst;
        _time = time;
        _tokens = burst;
        _last = time.GetTimestamp();
    }

    public double Qps { get; }

    /// <summary>Takes a token if one is available now; never waits. Callers serialize access.</summary>
    public bool TryAccept()
    {
        if (Qps == 0)
            return false;
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_last, now).TotalSeconds * Qps));
        _last = now;
        if (_tokens < 1)
            return false;
        _tokens -= 1;
        return true;
    }
}
