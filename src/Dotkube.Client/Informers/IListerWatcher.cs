using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Informers;

/// <summary>
/// Where a <see cref="SharedInformer{T}"/> lists and watches (client-go's ListerWatcher): by default
/// the typed endpoints of <typeparamref name="T"/>'s kind; the metadata client supplies one per
/// discovered resource, so one informer implementation serves resources unknown at compile time.
/// </summary>
public interface IListerWatcher<T>
    where T : KubeObject
{
    Task<KubeList<T>> ListAsync(string? ns, ListOptions options, CancellationToken ct);

    IAsyncEnumerable<WatchEvent<T>> WatchAsync(string? ns, ListOptions options, CancellationToken ct);
}

/// <summary>The typed list and watch of a kind in the scheme.</summary>
internal sealed class TypedListerWatcher<T>(KubeClient client) : IListerWatcher<T>
    where T : KubeObject
{
    public Task<KubeList<T>> ListAsync(string? ns, ListOptions options, CancellationToken ct) => client.ListAsync<T>(ns, options, ct);

    public IAsyncEnumerable<WatchEvent<T>> WatchAsync(string? ns, ListOptions options, CancellationToken ct) =>
        client.WatchAsync<T>(ns, options, ct);
}
