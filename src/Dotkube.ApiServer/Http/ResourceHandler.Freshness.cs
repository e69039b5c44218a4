using System.Globalization;
using Dotkube.Api.Meta;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;
using Dotkube.ApiServer.Watch;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>How long a read asking for a revision the store has not reached yet waits (upstream's cacher: 3 s).</summary>
    private static readonly TimeSpan TooLargeResourceVersionWait = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A list with resourceVersion=N must not answer with state older than N. When this server's
    /// store is behind N (another API server on the same etcd wrote it), wait for it briefly, then
    /// answer 504 "Too large resource version" with Retry-After, as upstream.
    /// </summary>
    private async Task WaitForRevisionAsync(ApiRequest request, string? resourceVersion)
    {
        if (!long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var wanted) || wanted == 0)
        {
            return;
        }

        var store = request.Store.Store;
        var deadline = _time.GetUtcNow() + TooLargeResourceVersionWait;
        var current = store.CurrentRevision;
        while (current < wanted)
        {
            // A one-key range returns the store's own current revision (a remote etcd may be
            // ahead of what this process has seen).
            current = (await store.RangeAsync(request.Store.Prefix, 0, 1, null, request.Aborted)).Revision;
            if (current >= wanted)
            {
                return;
            }

            if (_time.GetUtcNow() >= deadline)
            {
                var error = ApiErrors.Timeout($"Too large resource version: {wanted}, current: {current}", 1);
                error.Status.Details!.Causes = [new StatusCause { Type = "ResourceVersionTooLarge", Message = "Too large resource version" }];
                throw error;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), _time, request.Aborted);
        }
    }

    /// <summary>
    /// The resource's watch cache, for an informer-like read (as upstream's admission plugins'
    /// listers) that still sees this server's own writes: null while the cache is behind this
    /// server's last write to the resource, when storage must answer instead.
    /// </summary>
    private async Task<WatchCache?> CaughtUpCacheAsync(ResourceStore store, CancellationToken ct)
    {
        var cache = await _watchCaches.GetAsync(store.Resource, ct);
        return cache.Revision >= store.LastWriteRevision ? cache : null;
    }
}
