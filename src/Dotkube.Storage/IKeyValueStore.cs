namespace Dotkube.Storage;

/// <summary>
/// The revisioned key-value store behind the API server: the subset of etcd v3 that
/// kube-apiserver uses. Every driver (SQLite, etcd) keeps this contract, and the conformance
/// suite in tests/Dotkube.Storage.Tests checks every clause against each of them.
/// <list type="bullet">
/// <item><b>One global revision.</b> Every successful write (create, update, delete) gets the
/// next integer revision: no gaps, no reuse, strictly increasing in commit order, also across
/// restarts. A key's <see cref="KeyValue.ModRevision"/> is the revision of its last write and is
/// the object's resourceVersion; <see cref="KeyValue.CreateRevision"/> is the revision that created it.</item>
/// <item><b>Optimistic concurrency.</b> <see cref="CreateAsync"/> fails with
/// <see cref="StorageErrorCode.KeyExists"/> when the key is present. <see cref="UpdateAsync"/> and
/// <see cref="DeleteAsync"/> take the mod revision the caller last saw and fail with
/// <see cref="StorageErrorCode.Conflict"/> (carrying the current value) when it differs, leaving
/// the stored value unchanged; 0 means "whatever is stored". A missing key is
/// <see cref="StorageErrorCode.KeyNotFound"/>. An update with the same bytes is still a write
/// and gets a new revision, as in etcd (the API server decides whether to skip no-op writes).</item>
/// <item><b>Consistent reads.</b> <see cref="RangeAsync"/> at revision R (0 = now) sees exactly the
/// writes with revision &lt;= R; paging with limit and the last key of the previous page at the
/// same revision yields one consistent snapshot.</item>
/// <item><b>Complete watches.</b> <see cref="WatchAsync"/> from revision R delivers every event for
/// the prefix with revision &gt; R exactly once, in revision order, with nothing missing, including
/// writes committed while the watch was being set up. Delete events carry the previous value;
/// put events carry the previous value when there was one.</item>
/// <item><b>Compaction.</b> History at or below <see cref="CompactedRevision"/> is gone: a Range
/// or a Watch that needs it fails with <see cref="StorageErrorCode.Compacted"/> (the API server
/// answers 410 Gone). Current values are never compacted.</item>
/// <item><b>Durability.</b> A write is acknowledged only once it survives a crash of the process
/// and of the machine (unless a driver documents a relaxed mode).</item>
/// </list>
/// Keys are UTF-8 strings laid out as kube-apiserver does (<c>/registry/pods/default/web</c>);
/// values are opaque bytes.
/// </summary>
public interface IKeyValueStore : IAsyncDisposable
{
    /// <summary>The revision of the latest committed write (0 for an empty store).</summary>
    long CurrentRevision { get; }

    /// <summary>History at or below this revision has been compacted away (0 = none).</summary>
    long CompactedRevision { get; }

    /// <summary>The current value of a key, or null.</summary>
    Task<KeyValue?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keys under <paramref name="prefix"/> in key order as of <paramref name="atRevision"/>
    /// (0 = current), at most <paramref name="limit"/> (0 = all), starting after
    /// <paramref name="continueAfterKey"/>.
    /// </summary>
    Task<RangeResult> RangeAsync(string prefix, long atRevision = 0, int limit = 0, string? continueAfterKey = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates a key that must not exist; returns the write's revision.</summary>
    Task<long> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);

    /// <summary>Replaces a key's value if its mod revision is <paramref name="expectedModRevision"/> (0 = any); returns the write's revision.</summary>
    Task<long> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedModRevision, CancellationToken cancellationToken = default);

    /// <summary>Deletes a key if its mod revision is <paramref name="expectedModRevision"/> (0 = any); returns the deletion's revision.</summary>
    Task<long> DeleteAsync(string key, long expectedModRevision, CancellationToken cancellationToken = default);

    /// <summary>Events for keys under <paramref name="prefix"/> with revision &gt; <paramref name="fromRevision"/>, until cancelled.</summary>
    IAsyncEnumerable<StorageEvent> WatchAsync(string prefix, long fromRevision, CancellationToken cancellationToken = default);

    /// <summary>Discards history at or below <paramref name="revision"/> (never current values).</summary>
    Task CompactAsync(long revision, CancellationToken cancellationToken = default);
}
