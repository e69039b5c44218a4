namespace Dotkube.Client.Queue;

public sealed partial class WorkQueue<T>
{
    private readonly IRateLimiter<T> _rateLimiter;

    /// <summary>Adds the item after the rate limiter's delay for it: a retry with backoff.</summary>
    public void AddRateLimited(T item)
    {
        // As upstream: no backoff is counted for an item that will never run.
        if (ShuttingDown)
            return;
        AddAfter(item, _rateLimiter.When(item));
    }

    /// <summary>Ends the item's backoff (it succeeded); it does not remove the item from the queue.</summary>
    public void Forget(T item) => _rateLimiter.Forget(item);

    /// <summary>How many times the item has been rate-limited since it was last forgotten.</summary>
    public int NumRequeues(T item) => _rateLimiter.NumRequeues(item);
}
