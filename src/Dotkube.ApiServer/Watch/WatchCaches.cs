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

    public async Task<WatchCache> GetAsync(ResourceInfo resource, CancellationToken ct)
    {
        var cache = _caches.GetOrAdd(resource, r => new Lazy<WatchCache>(() =>
        {
            var created = new WatchCache(r, _store);
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
