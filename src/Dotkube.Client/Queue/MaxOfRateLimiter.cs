namespace Dotkube.Client.Queue;

/// <summary>
/// Combines limiters by taking the longest delay any of them asks for (client-go's
/// MaxOfRateLimiter). Every limiter sees every retry, so each keeps its own accounting.
/// </summary>
public sealed class MaxOfRateLimiter<T> : IRateLimiter<T> where T : notnull
{
    private readonly IRateLimiter<T>[] _limiters;

    public MaxOfRateLimiter(params IRateLimiter<T>[] limiters)
    {
        ArgumentNullException.ThrowIfNull(limiters);
        ArgumentOutOfRangeException.ThrowIfZero(limiters.Length);
        _limiters = limiters;
    }

    public TimeSpan When(T item)
    {
        var longest = TimeSpan.Zero;
        foreach (var limiter in _limiters)
        {
            var delay = limiter.When(item);
            if (delay > longest)
                longest = delay;
        }

        return longest;
    }

    public void Forget(T item)
    {
        foreach (var limiter in _limiters)
            limiter.Forget(item);
    }

    public int NumRequeues(T item) => _limiters.Max(l => l.NumRequeues(item));
}
