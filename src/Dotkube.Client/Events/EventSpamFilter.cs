using Dotkube.Api.Core.V1;

namespace Dotkube.Client.Events;

/// <summary>
/// client-go's EventSourceObjectSpamFilter: a token bucket per source and involved object that
/// starts full with SpamBurst tokens and refills one per SpamRefillInterval; an event finding it
/// empty is dropped. Not thread-safe: the recorder's single writer owns it.
/// </summary>
internal sealed class EventSpamFilter(EventRecorderOptions options)
{
    private readonly LruCache<string, Bucket> _buckets = new(options.CacheSize);

    /// <summary>True when the event should be dropped.</summary>
    public bool Filter(Event e, DateTimeOffset now)
    {
        var key = EventKeys.Spam(e);
        if (!_buckets.TryGet(key, out var bucket))
            bucket = new Bucket(options.SpamBurst, now);

        var refill = (now - bucket.At) / options.SpamRefillInterval;
        var tokens = Math.Min(options.SpamBurst, bucket.Tokens + Math.Max(0, refill));
        var allowed = tokens >= 1;
        _buckets.Set(key, new Bucket(allowed ? tokens - 1 : tokens, now > bucket.At ? now : bucket.At));
        return !allowed;
    }

    private readonly record struct Bucket(double Tokens, DateTimeOffset At);
}
