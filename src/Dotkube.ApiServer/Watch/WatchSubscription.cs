using System.Threading.Channels;

namespace Dotkube.ApiServer.Watch;

/// <summary>
/// One watcher's queue of events. Bounded: a watcher that falls this far behind is closed (its
/// client re-watches from its last resourceVersion), so one slow reader never holds memory or
/// the cache hostage, as upstream's cacheWatcher does.
/// </summary>
public sealed class WatchSubscription : IDisposable
{
    public const int Capacity = 10_000;

    private readonly Channel<CacheEvent> _events = Channel.CreateBounded<CacheEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = false, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    private readonly Action<WatchSubscription> _unsubscribe;

    internal WatchSubscription(string keyPrefix, long fromRevision, Action<WatchSubscription> unsubscribe)
    {
        KeyPrefix = keyPrefix;
        FromRevision = fromRevision;
        _unsubscribe = unsubscribe;
    }

    public string KeyPrefix { get; }

    /// <summary>Only events after this revision are delivered.</summary>
    public long FromRevision { get; }

    public ChannelReader<CacheEvent> Events => _events.Reader;

    /// <summary>False once the watcher is closed for falling behind.</summary>
    internal bool Offer(CacheEvent e)
    {
        if (e.Revision <= FromRevision || !e.Key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return true;
        }

        if (_events.Writer.TryWrite(e))
        {
            return true;
        }

        _events.Writer.TryComplete(new WatcherTooSlowException());
        return false;
    }

    /// <summary>What the watcher sees before live events: synthetic ADDED events or a replay from the cache's window.</summary>
    public IReadOnlyList<CacheEvent> Initial { get; internal set; } = [];

    internal void Close(Exception? error = null) => _events.Writer.TryComplete(error);

    public void Dispose()
    {
        _events.Writer.TryComplete();
        _unsubscribe(this);
    }
}
