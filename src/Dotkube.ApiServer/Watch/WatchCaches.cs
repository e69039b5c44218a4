using System.Collections.Concurrent;
using Dotkube.Api.Schema;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Watch;

/// <summary>One <see cref="WatchCache"/> per resource, started on the first watch of that resource.</summary>
public sealed class WatchCaches : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ResourceInfo, Lazy<WatchCache>> _caches = new();
    private readonly IKeyValueStore _store;

    public WatchCaches(IKeyValueStore store) => _store = store;

    public Task<WatchCache> GetAsync(ResourceInfo resource, CancellationToken ct) => GetAsync(resource, null, ct);

    /// <summary>
    /// As above, for a watch from <paramref name="fromRevision"/>: a cache this call starts
    /// begins at that revision rather than the store's current one, so the watch that starts it
    /// is served from the cache too. Begun at the current revision, the cache could not serve the
    /// informer whose list and watch start it (other writes move the store on in between), and
    /// that watch would read storage and encode every event for itself alone for its whole life.
    /// </summary>
    public async Task<WatchCache> GetAsync(ResourceInfo resource, long? fromRevision, CancellationToken ct)
    {
        var cache = _caches.GetOrAdd(resource, r => new Lazy<WatchCache>(() =>
        {
            var created = new WatchCache(r, _store, fromRevision ?? 0);
            created.Start();
            return created;
        })).Value;
        await cache.ReadyAsync(ct);
        return cache;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cache in _caches.Values.Where(c => c.IsValueCreated))
        {
            await cache.Value.DisposeAsync();
        }
    }
}
