using Dotkube.Api.Meta;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>
    /// One object for authentication and admission, as upstream's listers with a live GET behind
    /// them: the watch cache when it has the object and has caught up with this server's writes,
    /// else storage. Null when the object does not exist.
    /// </summary>
    public async ValueTask<KubeObject?> FindAsync(Type kind, string ns, string name, CancellationToken ct)
    {
        var store = _registry.For(kind);
        if ((await CaughtUpCacheAsync(store, ct))?.TryGet(ResourceKeys.Key(store.Resource, ns, name)) is { } cached)
        {
            return cached;
        }

        return await store.GetAsync(ns, name, ct);
    }
}
