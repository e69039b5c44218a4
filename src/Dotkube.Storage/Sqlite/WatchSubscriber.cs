using System.Threading.Channels;

namespace Dotkube.Storage.Sqlite;

/// <summary>
/// A live watcher registered with the writer. The writer only ever calls <see cref="Offer"/>,
/// which never waits: a full buffer marks the subscriber overflowed and completes its channel,
/// and the watch then catches up from the log instead of holding up every other write.
/// </summary>
internal sealed class WatchSubscriber(string prefix, int capacity)
{
    private volatile bool _overflowed;

    public string Prefix { get; } = prefix;

    public Channel<StorageEvent> Channel { get; } = System.Threading.Channels.Channel.CreateBounded<StorageEvent>(
        new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });

    public bool Overflowed => _overflowed;

    /// <summary>Returns false when the subscriber overflowed and must be removed.</summary>
    public bool Offer(StorageEvent storageEvent)
    {
        if (!storageEvent.Current.Key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return true;
        }

        if (Channel.Writer.TryWrite(storageEvent))
        {
            return true;
        }

        _overflowed = true;
        Channel.Writer.TryComplete();
        return false;
    }
}
