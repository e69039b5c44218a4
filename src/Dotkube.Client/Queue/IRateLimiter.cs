namespace Dotkube.Client.Queue;

/// <summary>How long an item waits before it is retried (client-go's workqueue.TypedRateLimiter).</summary>
public interface IRateLimiter<in T> where T : notnull
{
    /// <summary>The delay before the item's next retry; counts the retry.</summary>
    TimeSpan When(T item);

    /// <summary>Stops tracking the item: it succeeded, or was given up on.</summary>
    void Forget(T item);

    /// <summary>Retries counted for the item since it was last forgotten.</summary>
    int NumRequeues(T item);
}
