using System.Collections.Concurrent;

namespace Dotkube.Controllers.Common;

/// <summary>
/// How many creations and deletions of its children each controller (by key) still waits to see
/// through its informer: upstream's ControllerExpectations. A controller sets the counts before it
/// acts, its event handlers lower them as the informer reports the children, and it acts again
/// for that key only once the counts reach zero or <see cref="Timeout"/> has passed since they were
/// set. This is what keeps a slow watch from making a controller create or delete twice: until the
/// cache has caught up, the cache is known to be stale for that key.
/// <para>Counts only go down once set (a new Set replaces them); all members are thread-safe.</para>
/// </summary>
public sealed class ControllerExpectations(TimeProvider time)
{
    /// <summary>
    /// Expectations older than this are ignored, so a dropped watch event cannot put a controller
    /// to sleep for ever (upstream's ExpectationsTimeout, 5 minutes).
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    /// <summary>
    /// True when the controller may act on <paramref name="key"/>: it set no expectations, they
    /// were all observed, or they expired.
    /// </summary>
    public bool Satisfied(string key) =>
        !_entries.TryGetValue(key, out var entry) || entry.Fulfilled || IsExpired(entry);

    /// <summary>How long until the unfulfilled expectations of <paramref name="key"/> expire; null when there are none.</summary>
    public TimeSpan? UntilExpiry(string key)
    {
        if (!_entries.TryGetValue(key, out var entry) || entry.Fulfilled)
            return null;
        var left = entry.SetAt + Timeout - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>The outstanding (adds, deletes) of <paramref name="key"/>, or null when none are recorded.</summary>
    public (long Adds, long Deletes)? Get(string key) =>
        _entries.TryGetValue(key, out var entry) ? (Interlocked.Read(ref entry.Adds), Interlocked.Read(ref entry.Deletes)) : null;

    /// <summary>Replaces the expectations of <paramref name="key"/> and restarts their timeout.</summary>
    public void Set(string key, int adds, int deletes) => _entries[key] = new Entry(adds, deletes, time.GetUtcNow());

    public void ExpectCreations(string key, int adds) => Set(key, adds, 0);

    public void ExpectDeletions(string key, int deletes) => Set(key, 0, deletes);

    /// <summary>Lowers the counts, e.g. for creations that were never attempted or failed (the informer will not report them).</summary>
    public void Lower(string key, int adds, int deletes)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Interlocked.Add(ref entry.Adds, -adds);
            Interlocked.Add(ref entry.Deletes, -deletes);
        }
    }

    public void Raise(string key, int adds, int deletes) => Lower(key, -adds, -deletes);

    public void CreationObserved(string key) => Lower(key, 1, 0);

    public void DeletionObserved(string key) => Lower(key, 0, 1);

    /// <summary>Forgets <paramref name="key"/>, e.g. when its controller object is deleted, so a new one of the same name starts clean.</summary>
    public void Delete(string key) => _entries.TryRemove(key, out _);

    private bool IsExpired(Entry entry) => time.GetUtcNow() - entry.SetAt > Timeout;

    private sealed class Entry(long adds, long deletes, DateTimeOffset setAt)
    {
        public long Adds = adds;
        public long Deletes = deletes;

        public DateTimeOffset SetAt { get; } = setAt;

        public bool Fulfilled => Interlocked.Read(ref Adds) <= 0 && Interlocked.Read(ref Deletes) <= 0;
    }
}
