namespace Dotkube.Client.Queue;

/// <summary>Upstream's stock rate limiters.</summary>
public static class RateLimiters
{
    /// <summary>5 ms: client-go's DefaultControllerRateLimiter first retry, fast enough for a conflict on update.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMilliseconds(5);

    /// <summary>1000 s: upstream's cap, so a broken object is still retried about every 17 minutes.</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(1000);

    /// <summary>10 qps with a burst of 100: upstream's overall limit, applied only when many items fail at once.</summary>
    public const double DefaultQps = 10;

    public const int DefaultBurst = 100;

    /// <summary>
    /// client-go's DefaultControllerRateLimiter (also controller-runtime's default): the longer of
    /// per-item exponential backoff (5 ms doubling to 1000 s) and an overall 10 qps / burst 100 bucket.
    /// </summary>
    public static IRateLimiter<T> DefaultController<T>(TimeProvider time) where T : notnull =>
        new MaxOfRateLimiter<T>(
            new ItemExponentialFailureRateLimiter<T>(DefaultBaseDelay, DefaultMaxDelay),
            new BucketRateLimiter<T>(DefaultQps, DefaultBurst, time));
}
